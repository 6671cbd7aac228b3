#include "ScheduleTime.h"

#include <QDateTime>
#include <QTimeZone>

#include <QRegularExpression>

namespace dataarts::ui {

QString ScheduleTime::toWire(const QTime &time)
{
    if (!time.isValid())
        return {};
    return QStringLiteral("%1_%2")
        .arg(time.minute(), 2, 10, QLatin1Char('0'))
        .arg(time.hour(), 2, 10, QLatin1Char('0'));
}

QTime ScheduleTime::fromWire(const QString &wire)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{2})_([0-9]{2})$"));
    const QRegularExpressionMatch m = pattern.match(wire);
    if (!m.hasMatch())
        return {};
    const int minute = m.captured(1).toInt();
    const int hour = m.captured(2).toInt();
    if (minute > 59 || hour > 23)
        return {};
    return QTime(hour, minute);
}

QString ScheduleTime::display(const QTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return {};
    return locale.toString(QTime(time.hour(), time.minute()), QLocale::ShortFormat);
}

QTime ScheduleTime::parse(const QString &text, const QLocale &locale)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QTime time = locale.toTime(trimmed, QLocale::ShortFormat);
    if (!time.isValid()) {
        static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,2}):([0-9]{2})$"));
        const QRegularExpressionMatch m = pattern.match(trimmed);
        if (m.hasMatch()) {
            const int hour = m.captured(1).toInt();
            const int minute = m.captured(2).toInt();
            if (hour <= 23 && minute <= 59)
                time = QTime(hour, minute);
        }
    }
    if (!time.isValid())
        return {};
    return QTime(time.hour(), time.minute());
}

QString ScheduleTime::localZoneName()
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime now = QDateTime::currentDateTime();
    const QString offset = zone.displayName(now, QTimeZone::OffsetName);
    const QString id = QString::fromUtf8(zone.id());
    return id.isEmpty() || id == offset ? offset : id + QStringLiteral(", ") + offset;
}

} // namespace dataarts::ui
