#pragma once

#include "ConnectionTestResult.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace dataarts {

// The state of the open profile's connection, as the status bar shows it.
struct ConnectionStatus {
    Q_DECLARE_TR_FUNCTIONS(ConnectionStatus)
public:
    enum class State {
        Closed,     // no profile open
        Connecting, // starting the sandbox, reading the keychain, measuring the connection
        Connected,  // the measuring call worked: test holds latency and clock offset
        Failed,     // error says why (translated)
    };

    State state = State::Closed;
    QUuid profileId;
    QString profileName;
    ConnectionTestResult test;       // Connected (and Failed when the measuring call failed)
    QString error;                   // Failed
    bool secretsSessionOnly = false; // the secrets came from this run's memory (no keychain)

    bool isConnected() const { return state == State::Connected; }
    // Short, for the status bar: "Not connected", "Connecting to Prod…",
    // "Connected to Prod (35 ms)", "Prod: connection failed".
    QString text() const;
    // Longer, for a tooltip or a smoke-test line: the whole error, the clock.
    QString details() const;
    // More than a minute between the clocks (Connected only).
    bool hasClockWarning() const;
    QString clockWarning() const;
};

} // namespace dataarts
