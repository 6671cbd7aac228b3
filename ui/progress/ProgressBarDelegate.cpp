#include "ProgressBarDelegate.h"

#include "panes/common/ItemRoles.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace dataarts::ui {

ProgressBarDelegate::ProgressBarDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

int ProgressBarDelegate::progressRole()
{
    return roles::ClusterId + 16;
}

void ProgressBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QVariant progress = index.data(progressRole());
    if (!progress.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    const QString text = item.text;
    item.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget); // background

    QStyleOptionProgressBar bar;
    if (item.widget)
        bar.initFrom(item.widget);
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = int(qBound(0.0, progress.toDouble(), 1.0) * 1000.0);
    bar.text = text;
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, item.widget);
}

} // namespace dataarts::ui
