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

    static QString apiStatus(const KnownEnum<ApiStatus> &status);
    static StatusTone apiStatusTone(ApiStatus status);
    // A cluster on which the API has no publish message.
    static QString notPublished();

    static QString apiType(const KnownEnum<ApiType> &type);
    static QString apiDebugStatus(const KnownEnum<ApiDebugStatus> &status);
};

} // namespace dataarts::ui
