#include "EffectiveTime.h"

namespace dataarts::ui {

QDateTime EffectiveTime::defaultFor(const QDateTime &now)
{
    const QDateTime later = now.toUTC().addSecs(kNoticeSecs);
    const QTime t = later.time();
    QDateTime hour(later.date(), QTime(t.hour(), 0), Qt::UTC);
    if (t.minute() != 0 || t.second() != 0 || t.msec() != 0)
        hour = hour.addSecs(3600);
    return hour;
}

QString EffectiveTime::toWire(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral(".000Z");
}

QDateTime EffectiveTime::fromWire(const QString &wire)
{
    QDateTime t = QDateTime::fromString(wire, QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    if (!t.isValid())
        t = QDateTime::fromString(wire, QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    if (!t.isValid())
        return {};
    t.setTimeSpec(Qt::UTC);
    return t;
}

QDateTime EffectiveTime::fromLocal(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return {};
    const QTime minute(time.hour(), time.minute());
    const QDateTime local(date, minute, zone);
    // Qt moves a time in a spring-forward gap; such a wall-clock time does not exist.
    if (!local.isValid() || local.date() != date || local.time() != minute)
        return {};
    return local.toUTC();
}

QString EffectiveTime::display(const QDateTime &time, const QTimeZone &zone, const QLocale &locale)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toTimeZone(zone);
    return locale.toString(local, QLocale::ShortFormat) + QLatin1Char(' ') +
           zone.displayName(local, QTimeZone::ShortName, locale);
}

bool EffectiveTime::isShortNotice(const QDateTime &time, const QDateTime &now)
{
    return time.isValid() && time < now.addSecs(kNoticeSecs);
}

bool EffectiveTime::isPast(const QDateTime &time, const QDateTime &now)
{
    return !time.isValid() || time <= now;
}

} // namespace dataarts::ui
