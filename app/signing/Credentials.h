#pragma once

#include <QByteArray>
#include <QString>

namespace dataarts {

// An AK/SK pair (and an optional security token for temporary credentials). There is
// deliberately no QDebug operator: the secret must never be printed.
struct Credentials {
    QString accessKey;
    QByteArray secretKey;     // UTF-8 bytes: the HMAC key
    QByteArray securityToken; // empty for permanent credentials

    bool isValid() const { return !accessKey.isEmpty() && !secretKey.isEmpty(); }
};

} // namespace dataarts
