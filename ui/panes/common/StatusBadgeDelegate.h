#pragma once

#include <QStyledItemDelegate>

namespace dataarts::ui {

// Draws a cell that has a roles::Tone as a rounded badge: a tinted fill and an outline in
// the tone's colour, a dot, and the status text in the view's text colour. The text is
// always there (readable without colour); everything is painted as vectors, so it stays
// sharp at any device pixel ratio. Cells without a tone are drawn as usual. Every cell asks
// for the height its text needs with the fonts that draw it (a CJK name's glyphs and
// underscores come from a taller fallback font), at least that of a line mixing Latin and
// CJK: views with uniform row heights, which measure only their first row, set it as their
// item delegate so no row is clipped.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit StatusBadgeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The badge's rectangle inside a cell (for tests and hit checks).
    static QRectF badgeRect(const QStyleOptionViewItem &option, const QString &text);
};

} // namespace dataarts::ui
