#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace dataarts {

// The body of POST /v1/{pid}/service/messages (ConfirmMessage, dataarts-api.md section
// 5b.1): {"message_id":"...","action":0} to execute now, or action 1 with a "time"
// (UTC, whole hour, "YYYY-MM-DDTHH:00:00.000Z") to execute then.
struct ConfirmMessageRequest {
    Q_DECLARE_TR_FUNCTIONS(dataarts::ConfirmMessageRequest)
public:
    enum Action { ExecuteNow = 0, Scheduled = 1 };

    QString messageId;
    Action action = ExecuteNow;
    QString time; // only with Scheduled

    QByteArray body() const;
    QString validate() const;
};

} // namespace dataarts
