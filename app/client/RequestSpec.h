#pragma once

#include "Service.h"

#include "signing/SignableRequest.h"

#include <QByteArray>
#include <QString>

namespace dataarts {

// What a job sends, before the session adds the connection's headers and authenticates it.
struct RequestSpec {
    enum class Base { DataArts, Iam };
    enum class Headers {
        Workspace,   // workspace + X-Project-Id (+ Dlm-Type for DataService)
        ProjectOnly, // discovery: X-Project-Id, no workspace
        None,        // IAM
    };

    QByteArray method = "GET";
    Base base = Base::DataArts;
    Service service = Service::ArchitectureRead;
    QString path; // decoded, e.g. "/v2/<pid>/design/all-tables"
    QueryItems query;
    QByteArray body;        // exact bytes (signed and sent)
    QByteArray contentType; // sent (and signed) when not empty
    Headers headers = Headers::Workspace;
    bool sendDlmType = false;
    HeaderItems extraHeaders;
    bool authenticate = true;    // false: the IAM password-token request itself
    bool idempotent = true;      // safe to repeat
    bool expectJson = true;      // a 2xx must carry JSON
    bool allowEmptyBody = false; // ... or may be empty (200/204 without a body)
};

namespace contentTypes {
inline QByteArray architecture()
{
    return QByteArrayLiteral("application/json;charset=UTF-8");
}
inline QByteArray dataService()
{
    return QByteArrayLiteral("application/json");
}
inline QByteArray iam()
{
    return QByteArrayLiteral("application/json;charset=utf8");
}
} // namespace contentTypes

} // namespace dataarts
