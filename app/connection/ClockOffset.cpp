#include "ClockOffset.h"

#include <QLocale>

namespace dataarts {

QString ClockOffset::amount(qint64 offsetMs)
{
    const qint64 seconds = (qAbs(offsetMs) + 500) / 1000;
    if (seconds < 120)
        return tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 2 * 3600)
        return tr("%n minute(s)", nullptr, int(seconds / 60));
    return tr("%n hour(s)", nullptr, int(qMin<qint64>(seconds / 3600, 1000000)));
}

QString ClockOffset::describe(qint64 offsetMs)
{
    if (qAbs(offsetMs) < 1000)
        return tr("in step with the server");
    return offsetMs > 0 ? tr("%1 behind the server").arg(amount(offsetMs))
                        : tr("%1 ahead of the server").arg(amount(offsetMs));
}

QString ClockOffset::warning(qint64 offsetMs, const QDateTime &serverTime)
{
    if (!needsWarning(offsetMs))
        return QString();
    const QString server = serverTime.isValid()
                               ? QLocale().toString(serverTime.toLocalTime(), QLocale::LongFormat)
                               : tr("unknown");
    return offsetMs > 0 ? tr("This computer's clock is %1 behind the server's (server time %2). "
                             "Requests are signed with the server's time; correct the system "
                             "clock.")
                              .arg(amount(offsetMs), server)
                        : tr("This computer's clock is %1 ahead of the server's (server time %2). "
                             "Requests are signed with the server's time; correct the system "
                             "clock.")
                              .arg(amount(offsetMs), server);
}

} // namespace dataarts
