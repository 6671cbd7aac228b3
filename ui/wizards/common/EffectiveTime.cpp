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
    // The wall clock read as UTC, then shifted by each offset the zone uses around that
    // day; the candidates that show this wall clock in the zone are its instants. None: the
    // time falls in a spring-forward gap. Two (clocks going back): the earlier one.
    const QDateTime naive(date, minute, Qt::UTC);
    QDateTime best;
    for (const qint64 probe : {-86400LL, 0LL, 86400LL}) {
        const int offset = zone.offsetFromUtc(naive.addSecs(probe));
        const QDateTime instant = naive.addSecs(-offset);
        const QDateTime local = instant.toTimeZone(zone);
        if (local.date() == date && local.time() == minute && (!best.isValid() || instant < best))
            best = instant;
    }
    return best;
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
