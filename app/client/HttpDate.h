#pragma once

#include <QByteArray>
#include <QDateTime>

namespace dataarts::httpDate {

// An HTTP-date (RFC 9110: "Sun, 06 Nov 1994 08:49:37 GMT", and the obsolete RFC 850 and
// asctime forms) as UTC; invalid when it is none of them.
QDateTime parse(const QByteArray &text);

// Retry-After: delay-seconds or an HTTP-date (taken relative to `now`). -1 when absent or
// unreadable; never negative otherwise.
qint64 retryAfterMs(const QByteArray &value, const QDateTime &now);

} // namespace dataarts::httpDate
