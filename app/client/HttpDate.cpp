#include "HttpDate.h"

#include <QList>
#include <QTimeZone>

namespace dataarts::httpDate {

namespace {

int monthIndex(const QByteArray &name)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    const QByteArray lower = name.toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == months[i])
            return i + 1;
    }
    return 0;
}

bool number(const QByteArray &text, int digits, int *out)
{
    if (text.size() != digits)
        return false;
    int v = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

QDateTime make(int year, int month, int day, const QByteArray &clock)
{
    const QList<QByteArray> hms = clock.split(':');
    int h = 0, m = 0, s = 0;
    if (hms.size() != 3 || !number(hms[0], 2, &h) || !number(hms[1], 2, &m) ||
        !number(hms[2], 2, &s))
        return {};
    const QDate date(year, month, day);
    const QTime time(h, m, s == 60 ? 59 : s);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace

QDateTime parse(const QByteArray &raw)
{
    const QByteArray text = raw.simplified();
    if (text.isEmpty() || text.size() > 64)
        return {};
    const QList<QByteArray> parts = text.split(' ');
    int day = 0, year = 0;
    if (parts.size() == 6 && parts[0].endsWith(',')) {
        // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
        const int month = monthIndex(parts[2]);
        if (parts[5] != "GMT" || month == 0 || !number(parts[1], 2, &day) ||
            !number(parts[3], 4, &year))
            return {};
        return make(year, month, day, parts[4]);
    }
    if (parts.size() == 4 && parts[0].endsWith(',')) {
        // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
        const QList<QByteArray> dmy = parts[1].split('-');
        int yy = 0;
        if (parts[3] != "GMT" || dmy.size() != 3 || !number(dmy[0], 2, &day) ||
            !number(dmy[2], 2, &yy))
            return {};
        const int month = monthIndex(dmy[1]);
        if (month == 0)
            return {};
        return make(yy < 70 ? 2000 + yy : 1900 + yy, month, day, parts[2]);
    }
    if (parts.size() == 5) {
        // asctime: Sun Nov  6 08:49:37 1994 (simplified() folded the double space)
        const int month = monthIndex(parts[1]);
        if (month == 0 || (!number(parts[2], 1, &day) && !number(parts[2], 2, &day)) ||
            !number(parts[4], 4, &year))
            return {};
        return make(year, month, day, parts[3]);
    }
    return {};
}

qint64 retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : qMin<qint64>(seconds, 24 * 3600) * 1000;
    const QDateTime when = parse(text);
    if (!when.isValid() || !now.isValid())
        return -1;
    return qMax<qint64>(0, now.msecsTo(when));
}

} // namespace dataarts::httpDate
