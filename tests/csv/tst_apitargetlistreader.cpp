#include "csv/ApiTargetListReader.h"

#include <QTest>

using namespace dataarts;

class TestApiTargetListReader : public QObject
{
    Q_OBJECT

private slots:
    void withAndWithoutHeader()
    {
        const QByteArray body = "9c2f0e3a5b7d4e1f8a6b3c2d1e0f9a8b,f1e2d3c4b5a69788\n"
                                "api-2,cluster_2\n";
        for (const QByteArray &data :
             QList<QByteArray>{body, QByteArray("api_id,instance_id\n") + body}) {
            const auto r = ApiTargetListReader::read(data);
            QVERIFY(r.problems.isEmpty());
            QCOMPARE(r.targets.size(), 2);
            QCOMPARE(r.targets[0].apiId, QStringLiteral("9c2f0e3a5b7d4e1f8a6b3c2d1e0f9a8b"));
            QCOMPARE(r.targets[0].instanceId, QStringLiteral("f1e2d3c4b5a69788"));
            QCOMPARE(r.targets[1].apiId, QStringLiteral("api-2"));
            QCOMPARE(r.targets[1].instanceId, QStringLiteral("cluster_2"));
        }
    }

    void everyKindOfBadLine()
    {
        const QByteArray longId(65, 'a');
        const QByteArray data = "api_id,instance_id\r\n" // 1 header
                                "a1,c1\r\n"              // 2 good
                                ",c1\r\n"                // 3 empty api id
                                "a2,\r\n"                // 4 empty instance id
                                "a 3,c1\r\n"             // 5 space inside
                                "a4,c/1\r\n"             // 6 slash
                                + longId +
                                ",c1\r\n"     // 7 too long
                                "a5\r\n"      // 8 one field
                                "a6,c1,x\r\n" // 9 three fields
                                "a1,c1\r\n"   // 10 duplicate of 2
                                "a1,c2\r\n"   // 11 good: another cluster
                                "\"a7\r\n";   // 12 never closed
        const auto r = ApiTargetListReader::read(data);
        QCOMPARE(r.targets.size(), 2);
        QCOMPARE(r.targets[0].line, 2);
        QCOMPARE(r.targets[1].line, 11);
        QList<int> lines;
        for (const InputProblem &p : r.problems)
            lines.append(p.line);
        QCOMPARE(lines, (QList<int>{3, 4, 5, 6, 7, 8, 9, 10, 12}));
        QVERIFY(r.problems[0].reason.contains(QStringLiteral("api_id is empty")));
        QVERIFY(r.problems[1].reason.contains(QStringLiteral("instance_id is empty")));
        QVERIFY(r.problems[2].reason.contains(QStringLiteral("\"a 3\"")));
        QVERIFY(r.problems[3].reason.contains(QStringLiteral("instance_id \"c/1\"")));
        QVERIFY(r.problems[4].reason.contains(QStringLiteral("64")));
        QVERIFY(r.problems[7].duplicate);
        QVERIFY(r.problems[7].reason.contains(QStringLiteral("repeats line 2")));
        QVERIFY(r.problems[8].reason.contains(QStringLiteral("never closed")));
    }

    void largeInput()
    {
        QByteArray data;
        data.reserve(100000 * 24);
        for (int i = 0; i < 100000; ++i)
            data +=
                "api" + QByteArray::number(i / 4) + ",cluster" + QByteArray::number(i % 4) + '\n';
        data += "api0,cluster0\n";
        const auto r = ApiTargetListReader::read(data);
        QCOMPARE(r.targets.size(), 100000);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems[0].line, 100001);
        QVERIFY(r.problems[0].duplicate);
        QCOMPARE(r.targets[99999].apiId, QStringLiteral("api24999"));
        QCOMPARE(r.targets[99999].instanceId, QStringLiteral("cluster3"));
    }
};

QTEST_GUILESS_MAIN(TestApiTargetListReader)
#include "tst_apitargetlistreader.moc"
