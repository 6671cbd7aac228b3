#pragma once

#include "SignableRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace dataarts::canonical {

// RFC 3986 unreserved characters (A-Z a-z 0-9 - _ . ~) are kept; every other byte of the
// UTF-8 form becomes %XX with uppercase hex.
QByteArray encode(const QString &text);

// Each '/'-separated segment of the decoded path encoded, then a trailing '/' appended
// when the path does not already end with one ("/resources" -> "/resources/").
QByteArray uri(const QString &decodedPath);

// The path as it is sent: the same encoding, without the extra trailing '/'.
QByteArray sentPath(const QString &decodedPath);

// Keys sorted by their UTF-8 bytes, values of one key sorted too, "k=v" joined by '&'.
QByteArray query(const QueryItems &items);

// Lowercase, sorted, unique names.
QList<QByteArray> normalizedNames(const QList<QByteArray> &names);

// Lowercase hex SHA-256 of the exact bytes.
QByteArray payloadHash(const QByteArray &body);

// "SDK-HMAC-SHA256" timestamps: UTC yyyyMMddTHHmmssZ.
QByteArray sdkDate(const QDateTime &utc);
QDateTime parseSdkDate(const QByteArray &text);

} // namespace dataarts::canonical
