#include "CallSparkDelegate.h"

#include <QApplication>
#include <QPainter>

namespace dataarts::ui {

void CallSparkDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const QVariantList daily = index.data(DailyRole).toList();
    if (daily.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect area = opt.rect.adjusted(4, 3, -4, -3);
    const int chartWidth = qMin(area.width() / 2, int(daily.size()) * 3);
    qint64 peak = 1;
    for (const QVariant &v : daily)
        peak = qMax(peak, v.toLongLong());
    const QColor bar = (opt.state & QStyle::State_Selected)
                           ? opt.palette.color(QPalette::HighlightedText)
                           : opt.palette.color(QPalette::Highlight);
    painter->save();
    const qreal step = qreal(chartWidth) / daily.size();
    for (int i = 0; i < daily.size(); ++i) {
        const qint64 v = daily.at(i).toLongLong();
        if (v <= 0)
            continue;
        const int h = qMax(1, int(area.height() * v / peak));
        painter->fillRect(
            QRectF(area.left() + i * step, area.bottom() - h + 1, qMax<qreal>(1.0, step - 1), h),
            bar);
    }
    painter->setPen(opt.palette.color(
        (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(area.adjusted(chartWidth + 6, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      text);
    painter->restore();
}

QSize CallSparkDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(DailyRole).toList().isEmpty())
        size.setWidth(size.width() + 100);
    return size;
}

} // namespace dataarts::ui
