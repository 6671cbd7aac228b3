#pragma once

#include "Enums.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace dataarts {

// ApiActionDTO: the body of POST .../apis/{api_id}/instances/{instance_id}/action
// (dataarts-api.md section 4.1): {"action":"STOP","time":"2026-03-03T10:00:00.000Z"}.
struct ApiActionRequest {
    Q_DECLARE_TR_FUNCTIONS(dataarts::ApiActionRequest)
public:
    ApiAction action = ApiAction::Unknown; // UNPUBLISH, STOP or RECOVER
    QString time;                          // deadline; empty: not sent

    QByteArray body() const;
    QString validate() const;

    // now + 48 h rounded up to the whole hour, UTC, "YYYY-MM-DDTHH:00:00.000Z" (what the
    // wizard proposes; terraform sends the same).
    static QString defaultTime(const QDateTime &now);
    // "YYYY-MM-DDTHH:mm:ss.zzzZ" in UTC.
    static QString formatTime(const QDateTime &time);
    // Invalid when the text is not of that form.
    static QDateTime parseTime(const QString &text);
};

} // namespace dataarts
