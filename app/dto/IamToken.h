#pragma once

#include "JsonStream.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace dataarts {

// An IAM user token (POST /v3/auth/tokens, dataarts-api.md section 5.3). The token itself
// comes from the X-Subject-Token header and is a secret: never print it.
struct IamToken {
    QByteArray token;
    QDateTime expiresAt;
    QDateTime issuedAt;
    QString userId;
    QString userName;
    QString domainName;
    QString projectId;
    QString projectName;

    bool isValid() const { return !token.isEmpty() && expiresAt.isValid(); }

    // Decodes the response body {"token":{expires_at, issued_at, user, project, ...}};
    // the caller sets `token` from the header.
    static bool decode(JsonStream &stream, IamToken *out);
};

} // namespace dataarts
