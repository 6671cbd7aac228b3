#include "KeyboardCheck.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QSet>
#include <QShortcut>
#include <QTest>
#include <QWidget>

namespace a11yTest {

namespace {

struct Binding {
    QObject *owner; // the QAction or QShortcut, or the widget of a mnemonic
    QKeySequence key;
    Qt::ShortcutContext context;
    QList<QWidget *> widgets; // where it is attached
    QString part;             // a mnemonic's text ("&Type:"), for messages
};

// The Alt+letter a widget grabs for the '&' in its text, as Qt does: a label with a buddy,
// a button, a group box's title, each tab of a tab bar, each menu of a menu bar.
void addMnemonic(QList<Binding> &out, QWidget *w, const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        out.append(Binding{w, key, Qt::WindowShortcut, {w}, text});
}

void addMnemonics(QList<Binding> &out, QWidget *window)
{
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            addMnemonic(out, w, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            addMnemonic(out, w, button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            addMnemonic(out, w, box->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    addMnemonic(out, w, tabs->tabText(i));
            }
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : bar->actions()) {
                if (a->isVisible())
                    addMnemonic(out, w, a->text());
            }
        }
    }
}

bool visibleIn(QWidget *w, QWidget *window)
{
    return w->window() == window && w->isVisible();
}

bool widgetMatches(QWidget *w, Qt::ShortcutContext context, QWidget *window, QWidget *focus)
{
    if (context == Qt::ApplicationShortcut)
        return true;
    if (!visibleIn(w, window))
        return false;
    switch (context) {
    case Qt::WindowShortcut:
        return true;
    case Qt::WidgetShortcut:
        return focus == w;
    case Qt::WidgetWithChildrenShortcut:
        for (QWidget *f = focus; f; f = f->isWindow() ? nullptr : f->parentWidget()) {
            if (f == w)
                return true;
        }
        return false;
    default:
        return false;
    }
}

// The widgets an action answers through: the widgets it was added to; for a menu, the
// widgets of the menu's own action (a menu bar, a parent menu) when the menu is closed.
void actionWidgets(QAction *action, QList<QWidget *> &out, QSet<QAction *> &seen)
{
    if (seen.contains(action))
        return;
    seen.insert(action);
    for (QObject *o : action->associatedObjects()) {
        auto *w = qobject_cast<QWidget *>(o);
        if (!w)
            continue;
        if (auto *menu = qobject_cast<QMenu *>(w); menu && !menu->isVisible()) {
            actionWidgets(menu->menuAction(), out, seen);
            continue;
        }
        out.append(w);
    }
}

QList<Binding> bindings(QWidget *window)
{
    QList<Binding> result;
    QSet<QAction *> actions;
    for (QAction *a : window->findChildren<QAction *>())
        actions.insert(a);
    for (QWidget *w : window->findChildren<QWidget *>()) {
        for (QAction *a : w->actions())
            actions.insert(a);
    }
    for (QAction *a : window->actions())
        actions.insert(a);
    for (QAction *a : std::as_const(actions)) {
        QList<QWidget *> widgets;
        QSet<QAction *> seen;
        actionWidgets(a, widgets, seen);
        for (const QKeySequence &key : a->shortcuts()) {
            if (!key.isEmpty())
                result.append(Binding{a, key, a->shortcutContext(), widgets, {}});
        }
    }
    for (QShortcut *s : window->findChildren<QShortcut *>()) {
        auto *w = qobject_cast<QWidget *>(s->parent());
        if (!w)
            continue;
        for (const QKeySequence &key : s->keys()) {
            if (!key.isEmpty())
                result.append(Binding{s, key, s->context(), {w}, {}});
        }
    }
    addMnemonics(result, window);
    return result;
}

QList<const Binding *> matches(const QList<Binding> &all, QWidget *window, QWidget *focus,
                               const QKeySequence &key)
{
    QList<const Binding *> found;
    QSet<QPair<QObject *, QString>> owners;
    for (const Binding &b : all) {
        if (b.key != key || owners.contains({b.owner, b.part}))
            continue;
        for (QWidget *w : b.widgets) {
            if (widgetMatches(w, b.context, window, focus)) {
                found.append(&b);
                owners.insert({b.owner, b.part});
                break;
            }
        }
    }
    return found;
}

} // namespace

QString describe(const QObject *object)
{
    if (!object)
        return QStringLiteral("(none)");
    QString text =
        object->objectName().isEmpty()
            ? QStringLiteral("<unnamed %1>").arg(QLatin1String(object->metaObject()->className()))
            : QStringLiteral("%1 (%2)").arg(object->objectName(),
                                            QLatin1String(object->metaObject()->className()));
    for (const QObject *p = object->parent(); p; p = p->parent()) {
        if (!p->objectName().isEmpty())
            return text + QStringLiteral(" in ") + p->objectName();
    }
    return text;
}

QStringList shortcutClashes(QWidget *window)
{
    const QList<Binding> all = bindings(window);
    QList<QWidget *> focuses{nullptr, window};
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->isVisible() && w->window() == window && (w->focusPolicy() & Qt::TabFocus))
            focuses.append(w);
    }
    QSet<QKeySequence> keys;
    for (const Binding &b : all)
        keys.insert(b.key);
    QStringList clashes;
    for (const QKeySequence &key : std::as_const(keys)) {
        for (QWidget *focus : std::as_const(focuses)) {
            const QList<const Binding *> found = matches(all, window, focus, key);
            if (found.size() < 2)
                continue;
            QStringList owners;
            for (const Binding *b : found)
                owners << describe(b->owner) +
                              (b->part.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(b->part));
            clashes << QStringLiteral("%1 with the focus on %2: %3")
                           .arg(key.toString(), describe(focus), owners.join(QStringLiteral(", ")));
            break; // one line per key
        }
    }
    clashes.sort();
    return clashes;
}

QStringList shortcutMatches(QWidget *window, QWidget *focus, const QKeySequence &key)
{
    QStringList lines;
    const QList<Binding> all = bindings(window);
    for (const Binding *b : matches(all, window, focus, key))
        lines << key.toString() + QStringLiteral(": ") + describe(b->owner) + b->part;
    return lines;
}

QList<QWidget *> tabWalk(QWidget *window, int count, bool backwards)
{
    QList<QWidget *> walk;
    for (int i = 0; i < count; ++i) {
        QWidget *from = QApplication::focusWidget();
        QTest::keyClick(from ? from : window, Qt::Key_Tab,
                        backwards ? Qt::ShiftModifier : Qt::NoModifier);
        walk.append(QApplication::focusWidget());
    }
    return walk;
}

} // namespace a11yTest
