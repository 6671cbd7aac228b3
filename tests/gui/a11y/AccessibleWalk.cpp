#include "AccessibleWalk.h"

#include <QAccessible>
#include <QMetaEnum>
#include <QWidget>

#include "KeyboardCheck.h"

namespace a11yTest {

namespace {

bool interactive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::PageTab:
    case QAccessible::Link:
    case QAccessible::HotkeyField:
        return true;
    default:
        return false;
    }
}

bool leaf(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::ComboBox:
    case QAccessible::ScrollBar:
    case QAccessible::SpinBox:
        return true;
    default:
        return false;
    }
}

QString roleName(QAccessible::Role role)
{
    return QLatin1String(QMetaEnum::fromType<QAccessible::Role>().valueToKey(int(role)));
}

void walk(QAccessibleInterface *iface, const QString &path, QStringList &missing, int depth)
{
    if (!iface || !iface->isValid() || depth > 60)
        return;
    if (iface->state().invisible)
        return;
    const QAccessible::Role role = iface->role();
    QObject *object = iface->object();
    const QString here = object ? path + QStringLiteral(" / ") + describe(object) : path;
    if (interactive(role) && iface->text(QAccessible::Name).trimmed().isEmpty()) {
        // A widget's own interface names it; a child element (a tab, a list item) by text.
        missing << QStringLiteral("%1 %2").arg(roleName(role), object ? describe(object) : here);
    }
    if (leaf(role))
        return;
    const int count = iface->childCount();
    for (int i = 0; i < count; ++i)
        walk(iface->child(i), here, missing, depth + 1);
}

} // namespace

QStringList unnamedControls(QWidget *root)
{
    QStringList missing;
    walk(QAccessible::queryAccessibleInterface(root), QString(), missing, 0);
    missing.removeDuplicates();
    return missing;
}

} // namespace a11yTest
