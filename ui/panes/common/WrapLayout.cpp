#include "WrapLayout.h"

#include <QHBoxLayout>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace dataarts::ui {

WrapLayout::WrapLayout(QWidget *parent)
    : QLayout(parent)
{}

WrapLayout::~WrapLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

QHBoxLayout *WrapLayout::addGroup(std::initializer_list<QWidget *> widgets, int stretchIndex)
{
    return insertGroup(int(m_items.size()), widgets, stretchIndex);
}

QHBoxLayout *WrapLayout::insertGroup(int index, std::initializer_list<QWidget *> widgets,
                                     int stretchIndex)
{
    auto *group = new QHBoxLayout;
    group->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (QWidget *w : widgets)
        group->addWidget(w, i++ == stretchIndex ? 1 : 0);
    addChildLayout(group);
    m_items.insert(std::clamp(index, 0, int(m_items.size())), group);
    invalidate();
    return group;
}

void WrapLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int WrapLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *WrapLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem *WrapLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations WrapLayout::expandingDirections() const
{
    for (const QLayoutItem *item : m_items) {
        if (item->expandingDirections() & Qt::Horizontal)
            return Qt::Horizontal;
    }
    return {};
}

int WrapLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize WrapLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    size += QSize(m.left() + m.right(), m.top() + m.bottom());
    // As high as the lines at the width it has: the window's minimum height counts the
    // wrapped lines, so a short window never squeezes the second line away.
    if (m_width > 0)
        size.setHeight(std::max(size.height(), heightForWidth(m_width)));
    return size;
}

QSize WrapLayout::sizeHint() const
{
    int width = 0;
    int height = 0;
    int shown = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
        ++shown;
    }
    width += std::max(0, shown - 1) * horizontalGap();
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void WrapLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    const int before = m_width > 0 ? heightForWidth(m_width) : -1;
    m_width = rect.width();
    arrange(rect, true);
    // Another number of lines: the minimum height changed, the layouts above ask again
    // (once: the height for this width stays what it is).
    if (heightForWidth(m_width) != before)
        QMetaObject::invokeMethod(
            this, [this] { invalidate(); }, Qt::QueuedConnection);
}

int WrapLayout::horizontalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *w = parentWidget();
    return w ? w->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, w) : 6;
}

int WrapLayout::verticalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *w = parentWidget();
    return w ? w->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, w) : 6;
}

// Lines filled with the items' size hints; returns the height used (margins included).
int WrapLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int width = std::max(area.width(), 1);
    const int gap = horizontalGap();
    QList<QLayoutItem *> shown;
    for (QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            shown.append(item);
    }
    auto wanted = [width](const QLayoutItem *item) {
        return std::max(std::min(item->sizeHint().width(), width), item->minimumSize().width());
    };

    int y = area.y();
    for (int first = 0; first < shown.size();) {
        // The items of this line.
        int last = first;
        int used = wanted(shown.at(first));
        while (last + 1 < shown.size() && used + gap + wanted(shown.at(last + 1)) <= width) {
            ++last;
            used += gap + wanted(shown.at(last));
        }
        int lineHeight = 0;
        int growing = 0;
        for (int i = first; i <= last; ++i) {
            lineHeight = std::max(lineHeight, shown.at(i)->sizeHint().height());
            if (shown.at(i)->expandingDirections() & Qt::Horizontal)
                ++growing;
        }
        if (apply) {
            int extra = std::max(0, width - used);
            int x = area.x();
            for (int i = first; i <= last; ++i) {
                QLayoutItem *item = shown.at(i);
                int w = wanted(item);
                if (growing > 0 && (item->expandingDirections() & Qt::Horizontal)) {
                    const int share = extra / growing;
                    w += share;
                    extra -= share;
                    --growing;
                }
                w = std::min(w, item->maximumSize().width());
                const int h = std::min(lineHeight, item->maximumSize().height());
                item->setGeometry(QRect(x, y + (lineHeight - h) / 2, w, h));
                x += w + gap;
            }
        }
        y += lineHeight;
        first = last + 1;
        if (first < shown.size())
            y += verticalGap();
    }
    const QMargins m = contentsMargins();
    return y - area.y() + m.top() + m.bottom();
}

} // namespace dataarts::ui
