#pragma once

#include "ApprovalRow.h"

#include "panes/common/StatusTone.h"

#include <QCoreApplication>
#include <QString>

namespace dataarts::ui {

// Translated names of what the Approvals pane shows: where a request comes from, what it
// asks for and where it stands, and the badge tone of each status. A value the client does
// not know is shown as the server sent it.
class ApprovalText
{
    Q_DECLARE_TR_FUNCTIONS(dataarts::ui::ApprovalText)
public:
    static QString source(ApprovalRow::Source source);
    // The Type column: the entity kind for Architecture, the review kind for DataService.
    static QString type(const ApprovalRow &row);
    static QString action(ApprovalRow::Action action, const QString &raw);
    static QString status(ApprovalRow::Status status, const QString &raw);
    static StatusTone tone(ApprovalRow::Status status);
};

} // namespace dataarts::ui
