#pragma once

#include "StatusTone.h"

#include "dto/Enums.h"

#include <QCoreApplication>
#include <QString>

namespace dataarts::ui {

// Translated names of the statuses, types and kinds the panes show, and the badge tone of
// each status. A value the client does not know is shown as the server sent it.
class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(dataarts::ui::StatusText)
public:
    static QString bizStatus(const KnownEnum<BizStatus> &status);
    static StatusTone bizStatusTone(BizStatus status);

    // One of the five all-tables kinds (TABLE_MODEL, ...).
    static QString tableType(const QString &bizType);
    // Any of the 40 business-entity types (TIME_CONDITION, TAG, ...), the table kinds as
    // tableType().
    static QString bizType(const QString &bizType);

    // What an API action does, as a verb: "Unpublish", "Stop", ...
    static QString apiAction(ApiAction action);
    static QString envType(EnvType env);

    // A word the server sends in a free-text field (a group's remark) that is one of its
    // own values: an approval status (DEVELOPING, PASSED, ...), an entity or API status.
    // Its translated label, or empty when the text is not such a value.
    static QString serverWord(const QString &text);
    // "As sent: DEVELOPING": the tooltip that keeps the raw value beside a label.
    static QString asSent(const QString &raw);

    static QString apiStatus(const KnownEnum<ApiStatus> &status);
    static StatusTone apiStatusTone(ApiStatus status);
    // A cluster on which the API has no publish message.
    static QString notPublished();

    static QString apiType(const KnownEnum<ApiType> &type);
    static QString apiDebugStatus(const KnownEnum<ApiDebugStatus> &status);
};

} // namespace dataarts::ui
