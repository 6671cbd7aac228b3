#pragma once

#include <QStyledItemDelegate>

namespace dataarts::ui {

// Draws a cell that answers progressRole() (a share 0..1) as a progress bar with the
// cell's text on it, through the style (QStyleOptionProgressBar). Other cells as usual.
class ProgressBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ProgressBarDelegate(QObject *parent = nullptr);

    static int progressRole();

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace dataarts::ui
