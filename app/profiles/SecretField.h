#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace dataarts {

// The secrets a profile may own. Each lives only in the OS keychain (service
// "dataarts-desk", key "<profile-id>/<name>"), never in QSettings or any other file.
enum class SecretField {
    AccessKey,     // "ak"
    SecretKey,     // "sk"
    IamPassword,   // "iam_password"
    ProxyPassword, // "proxy_password"
};

inline size_t qHash(SecretField field, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(field), seed);
}

namespace secretFields {

// Every field, in a stable order.
const QList<SecretField> &all();
// The stable key suffix: "ak", "sk", "iam_password", "proxy_password".
QString name(SecretField field);

} // namespace secretFields

// Secret values on their way to or from the keychain (UTF-8 bytes). There is deliberately
// no QDebug operator.
using SecretValues = QHash<SecretField, QByteArray>;

} // namespace dataarts
