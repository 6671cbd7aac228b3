#pragma once

// A run center against a real dataarts-sandbox (EngineHarness) with its own journal file,
// for the Progress and History view tests, and a main() with isolated settings.
#include "EngineHarness.h"

#include "runs/RunCenter.h"

#include <QApplication>
#include <QSet>
#include <QStandardPaths>

#include <memory>

class ProgressFixture
{
public:
    using Pair = QPair<QString, QString>;

    explicit ProgressFixture(QStringList sandboxArguments);
    ~ProgressFixture();

    // Starts the sandbox, opens the center's journal and session.
    bool start(QString *error);

    // Unused API x cluster pairs matching the control query (status=..., manager=...).
    QList<Pair> take(const QString &query, int count);
    QString admin() const { return harness.userName(); }
    // Waits for the center's runFinished of runId; false on timeout.
    bool waitFinished(qint64 runId, int timeoutMs = 60000);

    EngineHarness harness;
    std::unique_ptr<dataarts::Session> session;
    std::unique_ptr<dataarts::RunCenter> center;

private:
    QSet<QString> m_used;
    QSet<qint64> m_finished;
};

#define DESK_PROGRESS_TEST_MAIN(TestObject)                                                        \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QStandardPaths::setTestModeEnabled(true);                                                  \
        QApplication::setAttribute(Qt::AA_Use96Dpi, true);                                         \
        QApplication app(argc, argv);                                                              \
        QApplication::setOrganizationName(QStringLiteral("DataArtsDeskTest"));                     \
        QApplication::setApplicationName(QStringLiteral(#TestObject));                             \
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));                     \
        TestObject test;                                                                           \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
