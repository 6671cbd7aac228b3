#pragma once

#include <QLayout>
#include <QList>

#include <initializer_list>

class QHBoxLayout;

namespace dataarts::ui {

// Items left to right, going on to a new line when the width runs out (filter rows that
// fit a narrow or scaled window: one line on a wide screen, two or three on a small one).
// A group keeps a label with its field. On each line the extra width goes to the items
// that can grow horizontally (a name box), the others keep their size hint; an item wider
// than the line is narrowed down to its minimum. The minimum width is the widest item's
// minimum, so the row never holds the window wider than its parts; the height follows the
// width (heightForWidth), and the minimum height is that of the lines at the last width
// the layout was given (so the window's minimum height counts the wrapped lines).
class WrapLayout : public QLayout
{
    Q_OBJECT
public:
    explicit WrapLayout(QWidget *parent = nullptr);
    ~WrapLayout() override;

    // Widgets kept together on one line; the one at stretchIndex (or none: -1) takes the
    // group's extra width. Returns the group's layout.
    QHBoxLayout *addGroup(std::initializer_list<QWidget *> widgets, int stretchIndex = -1);
    // As addGroup, placed before item index.
    QHBoxLayout *insertGroup(int index, std::initializer_list<QWidget *> widgets,
                             int stretchIndex = -1);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const;
    int horizontalGap() const;
    int verticalGap() const;

    QList<QLayoutItem *> m_items;
    int m_width = 0; // the width of the last geometry

};

} // namespace dataarts::ui
