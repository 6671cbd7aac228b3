#include "LayoutCheck.h"

#include "KeyboardCheck.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QScreen>
#include <QScrollBar>
#include <QTabBar>
#include <QWidget>

#include <algorithm>

namespace a11yTest {

namespace {

bool isInteractive(QWidget *w)
{
    if (qobject_cast<QScrollBar *>(w))
        return false;
    return qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
           qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
           qobject_cast<QAbstractItemView *>(w) || qobject_cast<QTabBar *>(w) ||
           w->focusPolicy() != Qt::NoFocus;
}

// A button that shows its text (not an icon button whose text is its tooltip).
bool showsText(QAbstractButton *button)
{
    if (button->text().isEmpty() || !button->parentWidget() ||
        qobject_cast<QLineEdit *>(button->parentWidget()))
        return false;
    return true;
}

QString where(const QRect &r)
{
    return QStringLiteral("%1,%2 %3×%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

} // namespace

bool insideScrolledContent(QWidget *w, QWidget *window)
{
    for (QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(p->parentWidget());
            area && area->viewport() == p)
            return true;
    }
    return false;
}

QStringList outsideWindow(QWidget *window)
{
    QStringList found;
    const QRect frame = window->rect();
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->window() != window || insideScrolledContent(w, window))
            continue;
        const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
        if (!frame.contains(r))
            found << QStringLiteral("%1 at %2 outside %3×%4")
                         .arg(describe(w), where(r))
                         .arg(frame.width())
                         .arg(frame.height());
    }
    return found;
}

QStringList misfits(QWidget *window)
{
    QStringList found;
    // A text change (the language) goes up the layouts one posted request per level.
    for (int level = 0; level < 6; ++level) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
    }
    const QRect available = window->screen()->availableGeometry();
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    if (minimum.width() > available.width() || minimum.height() > available.height()) {
        found << QStringLiteral("%1 needs at least %2×%3; the screen has %4×%5; widest:\n  %6")
                     .arg(describe(window))
                     .arg(minimum.width())
                     .arg(minimum.height())
                     .arg(available.width())
                     .arg(available.height())
                     .arg(widest(window, available.width() / 3).join(QStringLiteral("\n  ")));
    }
    if (!available.contains(window->frameGeometry()))
        found << QStringLiteral("%1 at %2 is not inside the screen's %3")
                     .arg(describe(window), where(window->frameGeometry()), where(available));
    const QRect frame = window->rect();
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->window() != window || insideScrolledContent(w, window))
            continue;
        // Squeezed below what it needs: a wrapped label's lines, an explicit minimum.
        if (auto *label = qobject_cast<QLabel *>(w);
            label && label->wordWrap() && label->height() < label->heightForWidth(label->width()))
            found << QStringLiteral("%1 is %2 high; at %3 wide its text needs %4")
                         .arg(describe(w))
                         .arg(w->height())
                         .arg(w->width())
                         .arg(label->heightForWidth(label->width()));
        else if (w->height() < w->minimumHeight())
            found << QStringLiteral("%1 is %2 high, below its minimum %3")
                         .arg(describe(w))
                         .arg(w->height())
                         .arg(w->minimumHeight());
        if (!isInteractive(w))
            continue;
        const QRect inWindow(w->mapTo(window, QPoint(0, 0)), w->size());
        const QRect onScreen(w->mapToGlobal(QPoint(0, 0)), w->size());
        if (!frame.contains(inWindow))
            found << QStringLiteral("%1 at %2 outside the window's %3×%4")
                         .arg(describe(w), where(inWindow))
                         .arg(frame.width())
                         .arg(frame.height());
        else if (!available.contains(onScreen))
            found << QStringLiteral("%1 at %2 off the screen").arg(describe(w), where(onScreen));
        if (auto *button = qobject_cast<QAbstractButton *>(w);
            button && showsText(button) &&
            button->width() < button->minimumSizeHint().width() - 1)
            found << QStringLiteral("%1 (\"%2\") is %3 wide; its text needs %4")
                         .arg(describe(w), button->text())
                         .arg(button->width())
                         .arg(button->minimumSizeHint().width());
    }
    // Rows that wrap (dataarts::ui::WrapLayout) given fewer lines' height than they hold.
    for (QLayout *layout : window->findChildren<QLayout *>()) {
        const QRect r = layout->geometry();
        if (!layout->inherits("dataarts::ui::WrapLayout") || !layout->parentWidget() ||
            !layout->parentWidget()->isVisible() || layout->parentWidget()->window() != window ||
            r.isEmpty())
            continue;
        if (const int needed = layout->heightForWidth(r.width()); r.height() < needed)
            found << QStringLiteral("the wrapping row in %1 is %2 high; at %3 wide it needs %4")
                         .arg(describe(layout->parentWidget()))
                         .arg(r.height())
                         .arg(r.width())
                         .arg(needed);
    }
    return found;
}

QStringList widest(QWidget *window, int minWidth)
{
    QList<QPair<int, QString>> sizes;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->window() != window)
            continue;
        const int min = w->minimumSizeHint().expandedTo(w->minimumSize()).width();
        if (min > minWidth)
            sizes.append({min, describe(w)});
    }
    std::sort(sizes.begin(), sizes.end(), [](auto a, auto b) { return a.first > b.first; });
    QStringList lines;
    for (const auto &s : std::as_const(sizes))
        lines << QStringLiteral("%1: %2").arg(s.first).arg(s.second);
    return lines.mid(0, 25);
}

void selectRows(QAbstractItemView *view, int first, int last)
{
    QAbstractItemModel *model = view->model();
    if (model->rowCount() == 0)
        return;
    last = std::min(last, model->rowCount() - 1);
    view->selectionModel()->setCurrentIndex(model->index(first, 0), QItemSelectionModel::NoUpdate);
    view->selectionModel()->select(
        QItemSelection(model->index(first, 0), model->index(last, model->columnCount() - 1)),
        QItemSelectionModel::ClearAndSelect);
}

} // namespace a11yTest
