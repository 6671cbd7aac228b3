// RunCenter without a server: the journal it opens, pruning by the retention setting, one
// engine per session, the unfinished runs it offers (those of the open profile only), and
// clear errors when there is no session or no journal.
#include "runs/RunCenter.h"

#include "client/Session.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace dataarts;

namespace {

NewRun runOf(const QString &profileId, int items)
{
    NewRun run;
    run.kind = RunKind::ApiAction;
    run.profileId = profileId;
    run.profileName = QStringLiteral("Profile ") + profileId;
    run.createdBy = QStringLiteral("li.na");
    run.parameters = QJsonObject{{QStringLiteral("action"), QStringLiteral("STOP")}};
    for (int i = 0; i < items; ++i)
        run.items.append({QStringLiteral("api-%1").arg(i), QStringLiteral("cluster-1"), {}});
    return run;
}

ConnectionSettings offlineSettings()
{
    ConnectionSettings s;
    s.endpoint = QUrl(QStringLiteral("https://127.0.0.1:9"));
    s.iamEndpoint = s.endpoint;
    s.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    s.workspace = QStringLiteral("ws");
    s.proxyMode = ProxyMode::None;
    return s;
}

} // namespace

class TestRunCenter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DataArtsDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_run_center"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void defaultsToTheAppDataJournal()
    {
        RunCenter center;
        QCOMPARE(center.journal()->path(), Journal::defaultPath());
        QVERIFY(center.journal()->path().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void prunesByTheRetentionSetting()
    {
        const QString file = path(QStringLiteral("prune.sqlite"));
        {
            Journal journal(file);
            QDateTime now = QDateTime::currentDateTimeUtc().addDays(-200);
            journal.setClock([&now] { return now; });
            QVERIFY(journal.open());
            const CreatedRun oldFinished = journal.createRun(runOf(QStringLiteral("a"), 2));
            QCOMPARE(journal.cancelQueued(oldFinished.runId), 2);
            QVERIFY(journal.createRun(runOf(QStringLiteral("a"), 2)).isValid()); // old, unfinished
            now = QDateTime::currentDateTimeUtc().addDays(-10);
            const CreatedRun recent = journal.createRun(runOf(QStringLiteral("a"), 1));
            QCOMPARE(journal.cancelQueued(recent.runId), 1);
        }
        QSettings().setValue(QStringLiteral("journal/retentionDays"), 365);
        {
            RunCenter center(file);
            QVERIFY2(center.open(), qPrintable(center.errorString()));
            QCOMPARE(center.prunedRuns(), 0);
            QCOMPARE(center.journal()->searchRuns(JournalQuery()).total, 3);
        }
        QSettings().remove(QStringLiteral("journal/retentionDays")); // default: 180 days
        RunCenter center(file);
        QVERIFY(center.open());
        QCOMPARE(center.prunedRuns(), 1);
        const RunPage page = center.journal()->searchRuns(JournalQuery());
        QCOMPARE(page.total, 2);
        // The unfinished old run stays, to be resumed.
        QCOMPARE(center.journal()->unfinishedRuns().size(), 1);
    }

    void offersTheOpenProfilesUnfinishedRuns()
    {
        const QString file = path(QStringLiteral("offer.sqlite"));
        qint64 mine = 0;
        {
            Journal journal(file);
            QVERIFY(journal.open());
            mine = journal.createRun(runOf(QStringLiteral("profile-a"), 3)).runId;
            QVERIFY(journal.createRun(runOf(QStringLiteral("profile-b"), 3)).isValid());
            const CreatedRun done = journal.createRun(runOf(QStringLiteral("profile-a"), 1));
            QCOMPARE(journal.cancelQueued(done.runId), 1);
        }
        RunCenter center(file);
        QVERIFY(center.open());
        QSignalSpy engines(&center, &RunCenter::engineChanged);
        QSignalSpy offers(&center, &RunCenter::unfinishedRunsFound);
        QVERIFY(!center.engine());
        QVERIFY(center.unfinishedRuns().isEmpty()); // no session, nothing to offer

        Session session(offlineSettings());
        center.setSession(&session, QStringLiteral("profile-a"), QStringLiteral("A"));
        QCOMPARE(engines.size(), 1);
        QVERIFY(center.engine());
        QCOMPARE(engines.first().first().value<BatchEngine *>(), center.engine());
        QCOMPARE(center.engine()->session(), &session);
        QCOMPARE(center.engine()->journal(), center.journal());
        QCOMPARE(offers.size(), 1);
        const auto offered = offers.first().first().value<QList<RunSummary>>();
        QCOMPARE(offered.size(), 1);
        QCOMPARE(offered.first().id, mine);
        QCOMPARE(center.unfinishedRuns().size(), 1);

        // The same session again changes nothing; no session drops the engine.
        center.setSession(&session, QStringLiteral("profile-a"));
        QCOMPARE(engines.size(), 1);
        center.setSession(nullptr);
        QCOMPARE(engines.size(), 2);
        QVERIFY(!center.engine());
        QCOMPARE(engines.last().first().value<BatchEngine *>(), nullptr);

        // Another profile with nothing unfinished: no offer.
        center.setSession(&session, QStringLiteral("profile-c"));
        QCOMPARE(offers.size(), 1);
        center.setSession(nullptr);
    }

    void refusesWithoutSession()
    {
        RunCenter center(path(QStringLiteral("errors.sqlite")));
        QVERIFY(center.open());
        const RunSpec spec = RunSpec::apiAction({{QStringLiteral("api"), QStringLiteral("c")}},
                                                ApiAction::Stop, QString());
        QCOMPARE(center.start(spec), 0);
        QVERIFY(!center.errorString().isEmpty());
        QCOMPARE(center.resume(1), 0);
        QVERIFY(!center.errorString().isEmpty());
        QCOMPARE(center.retryFailed(1), 0);
        QVERIFY(!center.cancel(1));
        QVERIFY(!center.refreshPending(1));
        QCOMPARE(center.journal()->searchRuns(JournalQuery()).total, 0); // nothing recorded
    }

    void unknownRunsGiveAnError()
    {
        RunCenter center(path(QStringLiteral("unknown.sqlite")));
        QVERIFY(center.open());
        Session session(offlineSettings());
        center.setSession(&session, QStringLiteral("p"));
        QCOMPARE(center.resume(4242), 0);
        QVERIFY(!center.errorString().isEmpty());
        QCOMPARE(center.retryFailed(4242), 0);
        QVERIFY(!center.errorString().isEmpty());
        QVERIFY(!center.cancel(4242));
        QVERIFY(!center.errorString().isEmpty());
    }

    void openFailsClearly()
    {
        QFile blocker(path(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        RunCenter center(path(QStringLiteral("not-a-folder/journal.sqlite")));
        QVERIFY(!center.open());
        QVERIFY(!center.isOpen());
        QVERIFY(!center.errorString().isEmpty());
        QCOMPARE(center.start(RunSpec()), 0);
        QVERIFY(!center.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRunCenter)
#include "tst_run_center.moc"
