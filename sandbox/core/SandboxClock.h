#pragma once

#include <QDateTime>

namespace dataarts::sandbox {

// The sandbox's notion of "now": the system UTC clock, shifted by --clock-offset-s and by
// every POST /__sandbox/time advance. Every time the sandbox shows or compares (Date
// headers, X-Sdk-Date skew, effective times, record times) comes from here.
class SandboxClock
{
public:
    explicit SandboxClock(qint64 offsetSeconds = 0)
        : m_offsetMs(offsetSeconds * 1000)
    {}

    qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
    void advance(qint64 seconds)
    {
        m_offsetMs += seconds * 1000;
        m_advancedMs += seconds * 1000;
    }
    qint64 offsetMs() const { return m_offsetMs; }     // --clock-offset-s and advances
    qint64 advancedMs() const { return m_advancedMs; } // advances only

private:
    qint64 m_offsetMs;
    qint64 m_advancedMs = 0;
};

} // namespace dataarts::sandbox
