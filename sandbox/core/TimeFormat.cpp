#include "TimeFormat.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace dataarts::sandbox::timefmt {

namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

QByteArray httpDate(qint64 ms)
{
    // Formatted once per second: every answer carries it.
    static qint64 cachedSecond = -1;
    static QByteArray cached;
    const qint64 second = ms / 1000;
    if (second != cachedSecond) {
        cached =
            QLocale::c()
                .toString(utc(second * 1000), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                .toLatin1();
        cachedSecond = second;
    }
    return cached;
}

QString rfc3339(qint64 ms)
{
    return utc(ms).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QString isoMillis(qint64 ms)
{
    return utc(ms).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
}

QByteArray sdkDate(qint64 ms)
{
    return utc(ms).toString(QStringLiteral("yyyyMMddTHHmmss'Z'")).toLatin1();
}

std::optional<qint64> parseUtc(const QString &text, bool requireMillis)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(\\.(\\d{3}))?Z$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch() || (requireMillis && !m.hasCaptured(8)))
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(),
                     m.hasCaptured(8) ? m.captured(8).toInt() : 0);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
}

std::optional<qint64> parseRfc3339(const QString &text)
{
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid() || !text.contains(QLatin1Char('T')))
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        return std::nullopt; // no zone: ambiguous
    return dt.toMSecsSinceEpoch();
}

} // namespace dataarts::sandbox::timefmt
