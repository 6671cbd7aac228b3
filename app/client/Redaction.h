#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace dataarts::redact {

// The mask written in place of a secret.
constexpr const char *kMask = "<redacted>";

// Authorization, Proxy-Authorization, X-Auth-Token, X-Subject-Token, X-Security-Token,
// Cookie, Set-Cookie (case-insensitive).
bool isSecretHeader(const QByteArray &name);

// The value as it may be logged.
QByteArray headerValue(const QByteArray &name, const QByteArray &value);

// "Name: value" lines for a header list, secrets masked.
QByteArray headers(const QList<QPair<QByteArray, QByteArray>> &headers);

// A JSON object key whose value is secret (password, secret, sk, token, passcode, ...).
bool isSecretKey(const QString &key);

// A body as it may be logged: JSON with every secret value masked (at any depth), or, when
// the body is not JSON, secret "key": "value" / key=value pairs masked; at most maxBytes.
QByteArray body(const QByteArray &body, int maxBytes = 2048);

} // namespace dataarts::redact
