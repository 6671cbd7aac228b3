#include "StatusBadgeDelegate.h"

#include "ItemRoles.h"
#include "StatusTone.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>

namespace dataarts::ui {

namespace {

constexpr qreal kMargin = 4;   // between the cell's edge and the badge
constexpr qreal kPadding = 7;  // inside the badge, left and right
constexpr qreal kDot = 6;      // diameter of the leading dot
constexpr qreal kDotGap = 5;   // between the dot and the text
constexpr qreal kVPadding = 2; // inside the badge, top and bottom

// The height a line of text takes in this font: the font's own, or more where the text (or,
// for views whose rows all take the first row's height, a sample mixing Latin, CJK and
// underscores) draws glyphs from a taller fallback font; a CJK name's underscores sit below
// the Latin descent.
qreal lineHeight(const QFont &font, const QString &text)
{
    static const QString mixed = QStringLiteral("Ágjy_名称_");
    const QFontMetricsF metrics(font);
    qreal height = std::max(metrics.height(), metrics.boundingRect(mixed).height());
    if (!text.isEmpty())
        height = std::max(height, metrics.boundingRect(text).height());
    return height;
}

StatusTone toneOf(const QModelIndex &index)
{
    const QVariant tone = index.data(roles::Tone);
    return tone.isValid() ? StatusTone(tone.toInt()) : StatusTone::None;
}

} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QRectF StatusBadgeDelegate::badgeRect(const QStyleOptionViewItem &option, const QString &text)
{
    const QFontMetricsF metrics(option.font);
    const qreal height =
        qMin<qreal>(lineHeight(option.font, text) + 2 * kVPadding, option.rect.height() - 2);
    const qreal width = 2 * kPadding + kDot + kDotGap + metrics.horizontalAdvance(text);
    const QRectF cell = QRectF(option.rect).adjusted(kMargin, 0, -kMargin, 0);
    QRectF badge(cell.left(), cell.center().y() - height / 2, qMin(width, cell.width()), height);
    return badge;
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const StatusTone tone = toneOf(index);
    if (tone == StatusTone::None) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background

    const QColor colour = statusToneColor(tone, opt.palette);
    const QRectF badge = badgeRect(opt, text);
    const bool selected = opt.state & QStyle::State_Selected;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor fill = colour;
    fill.setAlphaF(selected ? 0.35 : 0.16);
    QPainterPath path;
    const QRectF outline = badge.adjusted(0.5, 0.5, -0.5, -0.5);
    path.addRoundedRect(outline, outline.height() / 2, outline.height() / 2);
    painter->fillPath(path, fill);
    painter->setPen(QPen(colour, 1));
    painter->drawPath(path);

    const QRectF dot(badge.left() + kPadding, badge.center().y() - kDot / 2, kDot, kDot);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawEllipse(dot);

    const QRectF textRect(dot.right() + kDotGap, badge.top(),
                          badge.right() - kPadding / 2 - dot.right() - kDotGap, badge.height());
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    const QString shown =
        QFontMetricsF(opt.font).elidedText(text, Qt::ElideRight, textRect.width() + 1);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, shown);
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Every row as high as its text needs, whichever fonts draw it.
    const qreal line = lineHeight(opt.font, opt.text);
    size.setHeight(std::max(size.height(), qCeil(line) + 4));
    if (toneOf(index) == StatusTone::None)
        return size;
    const QFontMetricsF metrics(opt.font);
    const int width =
        qCeil(2 * kMargin + 2 * kPadding + kDot + kDotGap + metrics.horizontalAdvance(opt.text));
    const int height = qCeil(line + 2 * kVPadding + 2);
    return size.expandedTo(QSize(width, height));
}

} // namespace dataarts::ui
