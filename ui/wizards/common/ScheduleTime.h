#pragma once

#include <QLocale>
#include <QString>
#include <QTime>

namespace dataarts::ui {

// The batch-offline schedule_time: a wall-clock time of day, shown as HH:MM in the user's
// locale and sent as "MM_HH" (dataarts-api.md section 2.1; "30_18" is 18:30).
//
// Decision: the API names no time zone for schedule_time (it is the console's time of day),
// so the time the user enters is the time sent, whatever the machine's zone or daylight
// saving: converting it through UTC would move it by the offset, and by a different offset
// on either side of a DST change. Only localZoneName() reads the zone, to name it beside
// the time.
class ScheduleTime
{
public:
    // "MM_HH" for a valid time (seconds dropped); empty for an invalid one.
    static QString toWire(const QTime &time);
    // The time of "MM_HH"; invalid when malformed (not two 2-digit numbers, out of range).
    static QTime fromWire(const QString &wire);
    // The time in the locale's short format ("18:30", "下午6:30", "6:30 PM").
    static QString display(const QTime &time, const QLocale &locale);
    // Reads what a user typed: the locale's short format, or HH:MM / H:MM (24 h). Invalid
    // when it is neither (e.g. "25:00", "7.5").
    static QTime parse(const QString &text, const QLocale &locale);
    // This computer's zone as shown beside a schedule time ("Asia/Shanghai, UTC+08:00"), to
    // say that the time is not converted from it.
    static QString localZoneName();
};

} // namespace dataarts::ui
