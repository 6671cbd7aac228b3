#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace dataarts {

// Words for the offset between this computer's clock and the server's (server minus
// local: positive means this computer is behind). The gateway rejects signatures more than
// 15 minutes off; more than a minute is worth a warning.
class ClockOffset
{
    Q_DECLARE_TR_FUNCTIONS(ClockOffset)
public:
    static constexpr qint64 warningThresholdMs = 60 * 1000;

    static bool needsWarning(qint64 offsetMs) { return qAbs(offsetMs) > warningThresholdMs; }
    // The size of the offset: "3 seconds", "5 minutes", "2 hours" (no sign).
    static QString amount(qint64 offsetMs);
    // "in step", "12 seconds behind", "5 minutes ahead" (of the server).
    static QString describe(qint64 offsetMs);
    // Empty unless needsWarning(): what is wrong, by how much and the server's time.
    static QString warning(qint64 offsetMs, const QDateTime &serverTime);
};

} // namespace dataarts
