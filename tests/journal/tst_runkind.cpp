#include "runmodel/RunKind.h"

#include <QSet>
#include <QTest>

using namespace dataarts;

class TestRunKind : public QObject
{
    Q_OBJECT

private slots:
    void namesAreStableAndRoundTrip()
    {
        QCOMPARE(runKinds::all().size(), 9);
        QCOMPARE(runKinds::name(RunKind::BatchOffline), QStringLiteral("BATCH_OFFLINE"));
        QCOMPARE(runKinds::name(RunKind::ApiAction), QStringLiteral("API_ACTION"));
        QCOMPARE(runKinds::name(RunKind::ApplicationReview), QStringLiteral("APPLICATION_REVIEW"));
        QCOMPARE(runKinds::name(RunKind::ApiRepublish), QStringLiteral("API_REPUBLISH"));
        QSet<QString> names;
        for (const RunKind kind : runKinds::all()) {
            const QString name = runKinds::name(kind);
            QVERIFY(!name.isEmpty());
            names.insert(name);
            RunKind back = RunKind::BatchPublish;
            QVERIFY(runKinds::fromName(name, &back));
            QCOMPARE(back, kind);
            QVERIFY(!runKinds::label(kind).isEmpty());
        }
        QCOMPARE(names.size(), 9);
        RunKind unchanged = RunKind::MessageConfirm;
        QVERIFY(!runKinds::fromName(QStringLiteral("batch_offline"), &unchanged));
        QCOMPARE(unchanged, RunKind::MessageConfirm);
    }
};

QTEST_GUILESS_MAIN(TestRunKind)
#include "tst_runkind.moc"
