#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace dataarts::ui {

// The effective time of an API action (dataarts-api.md section 4.1): UNPUBLISH and STOP
// give authorized apps two days' notice. The default is now + 48 h rounded up to the whole
// hour in UTC; it is shown in the user's zone and sent in UTC as YYYY-MM-DDTHH:MM:SS.000Z.
// Pure functions: the clock and the zone are always passed in.
class EffectiveTime
{
public:
    static constexpr qint64 kNoticeSecs = 48 * 3600;

    // now + 48 h, rounded up to the next whole UTC hour unless already on one. In UTC.
    static QDateTime defaultFor(const QDateTime &now);
    // "2024-03-31T01:00:00.000Z" (UTC, milliseconds always .000); empty when invalid.
    static QString toWire(const QDateTime &time);
    // The instant of a wire string (with or without milliseconds); invalid when malformed.
    static QDateTime fromWire(const QString &wire);
    // The wall-clock date and time in `zone` as an instant (seconds dropped). A time that a
    // daylight-saving change skips is invalid here; an ambiguous one (clocks going back)
    // is its first occurrence (the earlier instant; Qt 6.4 itself would take the second).
    static QDateTime fromLocal(const QDate &date, const QTime &time, const QTimeZone &zone);
    // The instant in `zone`, e.g. "2024/10/27 02:30 CET" (the locale's short format plus
    // the zone's abbreviation at that instant).
    static QString display(const QDateTime &time, const QTimeZone &zone, const QLocale &locale);
    // Earlier than the two days' notice (the change then waits for the authorized apps).
    static bool isShortNotice(const QDateTime &time, const QDateTime &now);
    // Not in the future.
    static bool isPast(const QDateTime &time, const QDateTime &now);
};

} // namespace dataarts::ui
