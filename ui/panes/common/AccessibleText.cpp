#include "AccessibleText.h"

#include <QAction>
#include <QLineEdit>
#include <QToolBar>
#include <QToolButton>

namespace dataarts::ui::accessibleText {

void nameLineEditButtons(QLineEdit *edit)
{
    const QList<QAction *> actions = edit->findChildren<QAction *>();
    for (QAction *action : actions) {
        // Qt's own clear action (QLineEdit::setClearButtonEnabled).
        if (action->objectName() == QLatin1String("_q_qlineeditclearaction")) {
            action->setText(Words::tr("Clear"));
            action->setToolTip(Words::tr("Clear the field"));
        }
    }
}

void nameToolBarExtension(QToolBar *toolBar)
{
    const QList<QToolButton *> buttons = toolBar->findChildren<QToolButton *>(
        QStringLiteral("qt_toolbar_ext_button"), Qt::FindDirectChildrenOnly);
    for (QToolButton *button : buttons)
        button->setAccessibleName(Words::tr("More actions"));
}

} // namespace dataarts::ui::accessibleText
