#include "ApiActionRequest.h"

#include "JsonWriter.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace dataarts {

QByteArray ApiActionRequest::body() const
{
    JsonWriter w;
    w.beginObject();
    w.field("action", enumName(action));
    if (!time.isEmpty())
        w.field("time", time);
    w.endObject();
    return w.take();
}

QString ApiActionRequest::validate() const
{
    if (action != ApiAction::Unpublish && action != ApiAction::Stop && action != ApiAction::Recover)
        return tr("The action must be UNPUBLISH, STOP or RECOVER.");
    if (!time.isEmpty() && !parseTime(time).isValid())
        return tr("The effective time “%1” is not of the form YYYY-MM-DDTHH:mm:ss.000Z.").arg(time);
    return {};
}

QString ApiActionRequest::defaultTime(const QDateTime &now)
{
    QDateTime t = now.toUTC().addSecs(48 * 3600);
    const QTime clock = t.time();
    const bool whole = clock.minute() == 0 && clock.second() == 0 && clock.msec() == 0;
    t.setTime(QTime(clock.hour(), 0));
    if (!whole)
        t = t.addSecs(3600);
    return formatTime(t);
}

QString ApiActionRequest::formatTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

QDateTime ApiActionRequest::parseTime(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
    if (!pattern.match(text).hasMatch())
        return {};
    QDateTime t = QDateTime::fromString(text.left(23), QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
    if (!t.isValid())
        return {};
    t.setTimeZone(QTimeZone::utc());
    return t;
}

} // namespace dataarts
