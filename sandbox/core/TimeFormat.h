#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace dataarts::sandbox::timefmt {

// "Tue, 03 Mar 2026 10:00:00 GMT" (RFC 7231 IMF-fixdate) for the Date header.
QByteArray httpDate(qint64 ms);

// "2026-03-03T10:00:00Z": RFC 3339 UTC, seconds (Architecture records).
QString rfc3339(qint64 ms);

// "2026-03-03T10:00:00.000Z": UTC with milliseconds (DataService times).
QString isoMillis(qint64 ms);

// "20260303T100000Z" (X-Sdk-Date form).
QByteArray sdkDate(qint64 ms);

// Parses "YYYY-MM-DDTHH:mm:ss[.SSS]Z" (UTC only). Empty when malformed.
std::optional<qint64> parseUtc(const QString &text, bool requireMillis = false);

// Parses RFC 3339 with 'Z' or a numeric offset (Architecture begin_time/end_time).
std::optional<qint64> parseRfc3339(const QString &text);

} // namespace dataarts::sandbox::timefmt
