#pragma once

#include "signing/SignableRequest.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace dataarts::sandbox {

struct User;

// A request as received: the decoded path and query (as the signer sees them), the raw
// query for the request log, the headers and the exact body bytes.
struct SandboxRequest {
    SignableRequest http;
    QByteArray rawQuery;
    QByteArray requestId; // X-Request-Id of the answer
    quint64 sequence = 0;
    qint64 receivedMs = 0;

    const QByteArray &method() const { return http.method; }
    const QString &path() const { return http.path; }
    QByteArray header(const QByteArray &name) const { return http.header(name); }
    bool hasHeader(const QByteArray &name) const { return http.hasHeader(name); }

    bool hasQuery(const QString &key) const;
    QString query(const QString &key) const; // first value
    QStringList queryValues(const QString &key) const;
};

// A response before it is written. The server adds Date, Content-Length, Connection and
// X-Request-Id.
struct SandboxResponse {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    HeaderItems headers;
    int delayMs = 0;                   // keep the answer back this long (timers, not sleeps)
    std::function<void()> beforeWrite; // runs just before the answer is written

    static SandboxResponse json(int status, const QByteArray &body,
                                const QByteArray &contentType = "application/json");
    static SandboxResponse noContent();
};

// One routed request on its way through a handler.
struct Exchange {
    const SandboxRequest &request;
    QHash<QString, QString> params; // path captures
    const User *user = nullptr;     // the authenticated caller
    bool chinese = false;           // X-Language: zh-cn
    bool dataWorkspace = true;      // false: a workspace without the seeded data
    SandboxResponse response;

    QString param(const QString &name) const { return params.value(name); }
};

} // namespace dataarts::sandbox
