#pragma once

#include <QStyledItemDelegate>

namespace dataarts::ui {

// Draws an API x cluster's daily calls (a QVariantList of numbers, oldest first, in
// CallSparkDelegate::DailyRole) as a small bar chart in the palette's highlight colour, with
// the total as text beside it for readers and screen readers.
class CallSparkDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int DailyRole = Qt::UserRole + 40;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace dataarts::ui
