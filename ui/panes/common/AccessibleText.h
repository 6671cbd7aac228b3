#pragma once

#include <QCoreApplication>

class QLineEdit;
class QToolBar;

namespace dataarts::ui::accessibleText {

// The buttons Qt draws inside a line edit (the clear button, an icon action) are buttons
// for a screen reader too: each gets a name from its action, in the current language.
// Call from the owner's retranslateUi().
void nameLineEditButtons(QLineEdit *edit);

// The button a toolbar shows for the actions that do not fit ("»") gets a name.
void nameToolBarExtension(QToolBar *toolBar);

// For tr(): the words of this file.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(dataarts::ui::AccessibleText)
};

} // namespace dataarts::ui::accessibleText
