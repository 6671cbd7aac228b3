#include "ConnectionTestResult.h"

#include "ClockOffset.h"

#include <QLocale>

namespace dataarts {

QString ConnectionTestResult::message() const
{
    if (!ok)
        return error.message();
    QString text = tr("Connected: the server answered in %1 ms; this computer's clock is %2.")
                       .arg(QLocale().toString(latencyMs), ClockOffset::describe(clockOffsetMs));
    const QString warning = clockWarning();
    if (!warning.isEmpty())
        text += QLatin1Char(' ') + warning;
    return text;
}

QString ConnectionTestResult::clockWarning() const
{
    return ClockOffset::warning(clockOffsetMs, serverTime);
}

} // namespace dataarts
