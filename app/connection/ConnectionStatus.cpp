#include "ConnectionStatus.h"

#include "ClockOffset.h"

#include <QLocale>

namespace dataarts {

QString ConnectionStatus::text() const
{
    switch (state) {
    case State::Closed:
        return tr("Not connected");
    case State::Connecting:
        return tr("Connecting to %1…").arg(profileName);
    case State::Connected:
        return tr("Connected to %1 (%2 ms)").arg(profileName, QLocale().toString(test.latencyMs));
    case State::Failed:
        return tr("%1: connection failed").arg(profileName);
    }
    return QString();
}

QString ConnectionStatus::details() const
{
    switch (state) {
    case State::Closed:
        return tr("No connection profile is open.");
    case State::Connecting:
        return tr("Connecting to %1…").arg(profileName);
    case State::Connected:
        return tr("%1: %2").arg(profileName, test.message());
    case State::Failed:
        return tr("%1: %2").arg(profileName, error);
    }
    return QString();
}

bool ConnectionStatus::hasClockWarning() const
{
    return state == State::Connected && ClockOffset::needsWarning(test.clockOffsetMs);
}

QString ConnectionStatus::clockWarning() const
{
    return hasClockWarning() ? test.clockWarning() : QString();
}

} // namespace dataarts
