#include "csv/EntityListReader.h"
#include "dto/BizType.h"
#include "i18n/Language.h"

#include <QTest>

using namespace dataarts;

class TestEntityListReader : public QObject
{
    Q_OBJECT

private:
    static QString reasonAt(const EntityListReader::Result &r, int line)
    {
        for (const InputProblem &p : r.problems) {
            if (p.line == line)
                return p.reason;
        }
        return QString();
    }

private slots:
    void withAndWithoutHeader()
    {
        const QByteArray body = "TABLE_MODEL,885123875376193536\r\nDIMENSION,42\r\n";
        for (const QByteArray &data :
             QList<QByteArray>{body, QByteArray("biz_type,biz_id\r\n") + body,
                               QByteArray(" BIZ_TYPE , Biz_Id \n") + body}) {
            const auto r = EntityListReader::read(data);
            QVERIFY(r.problems.isEmpty());
            QCOMPARE(r.entities.size(), 2);
            QCOMPARE(r.entities[0].bizType, QStringLiteral("TABLE_MODEL"));
            QCOMPARE(r.entities[0].bizId, QStringLiteral("885123875376193536"));
            QCOMPARE(r.entities[1].bizType, QStringLiteral("DIMENSION"));
            QCOMPARE(r.entities[1].bizId, QStringLiteral("42"));
        }
        const auto r = EntityListReader::read("biz_type,biz_id\nTAG,7\n");
        QCOMPARE(r.entities.first().line, 2);
    }

    void headerOnlyCountsOnTheFirstLine()
    {
        const auto r = EntityListReader::read("TAG,1\nbiz_type,biz_id\n");
        QCOMPARE(r.entities.size(), 1);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems[0].line, 2);
    }

    void everyBizTypeIsAccepted()
    {
        QByteArray data;
        int id = 1;
        for (const QString &type : bizTypes::all())
            data += type.toUtf8() + ',' + QByteArray::number(id++) + '\n';
        const auto r = EntityListReader::read(data);
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.entities.size(), 40);
    }

    void fieldsAreTrimmedAndTypesUpperCased()
    {
        const auto r = EntityListReader::read("  table_model ,\" 123 \"\n");
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.entities[0].bizType, QStringLiteral("TABLE_MODEL"));
        QCOMPARE(r.entities[0].bizId, QStringLiteral("123"));
    }

    void everyKindOfBadLine()
    {
        const QByteArray data = "TABLE_MODEL,1\n"             // 1 good
                                "TABLE,2\n"                   // 2 unknown type
                                ",3\n"                        // 3 empty type
                                "TAG,\n"                      // 4 empty id
                                "TAG,12a\n"                   // 5 not digits
                                "TAG,-5\n"                    // 6 not digits
                                "TAG,0123\n"                  // 7 leading zero
                                "TAG,123456789012345678901\n" // 8 21 digits
                                "TAG,18446744073709551616\n"  // 9 2^64
                                "TAG,9223372036854775808\n"   // 10 2^63: DataArts ids are signed
                                "TAG,8.85124E+17\n"           // 11 rounded by a spreadsheet
                                "TAG\n"                       // 12 one field
                                "TAG,5,extra\n"               // 13 three fields
                                "TAG,6,,\n"                   // 14 good: empty extras
                                "TABLE_MODEL,1\n"             // 15 duplicate of 1
                                "\"TAG\"x,7\n"                // 16 CSV error
                                "TAG,0\n";                    // 17 good: zero itself
        const auto r = EntityListReader::read(data);
        QCOMPARE(r.entities.size(), 3);
        QCOMPARE(r.entities[0].line, 1);
        QCOMPARE(r.entities[1].line, 14);
        QCOMPARE(r.entities[1].bizId, QStringLiteral("6"));
        QCOMPARE(r.entities[2].line, 17);

        QList<int> lines;
        for (const InputProblem &p : r.problems)
            lines.append(p.line);
        QCOMPARE(lines, (QList<int>{2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16}));
        QVERIFY(reasonAt(r, 2).contains(QStringLiteral("unknown biz_type \"TABLE\"")));
        QVERIFY(reasonAt(r, 3).contains(QStringLiteral("biz_type is empty")));
        QVERIFY(reasonAt(r, 4).contains(QStringLiteral("biz_id is empty")));
        QVERIFY(reasonAt(r, 5).contains(QStringLiteral("digits only")));
        QVERIFY(reasonAt(r, 6).contains(QStringLiteral("digits only")));
        QVERIFY(reasonAt(r, 7).contains(QStringLiteral("zero")));
        QVERIFY(reasonAt(r, 8).contains(QStringLiteral("outside the range")));
        QVERIFY(reasonAt(r, 9).contains(QStringLiteral("outside the range")));
        QVERIFY(reasonAt(r, 10).contains(QStringLiteral("outside the range")));
        QVERIFY(reasonAt(r, 11).contains(QStringLiteral("spreadsheet")));
        QVERIFY(reasonAt(r, 12).contains(QStringLiteral("found 1")));
        QVERIFY(reasonAt(r, 13).contains(QStringLiteral("found 3")));
        QVERIFY(reasonAt(r, 15).contains(QStringLiteral("repeats line 1")));
        QVERIFY(reasonAt(r, 16).contains(QStringLiteral("closing quote")));
        for (const InputProblem &p : r.problems)
            QCOMPARE(p.duplicate, p.line == 15);
    }

    void duplicatesAreFlaggedNotDropped()
    {
        const auto r = EntityListReader::read("TAG,1\nTAG,2\ntag,1\nTAG,1\nDIMENSION,1\n");
        QCOMPARE(r.entities.size(), 3);
        QCOMPARE(r.problems.size(), 2);
        QCOMPARE(r.problems[0].line, 3);
        QCOMPARE(r.problems[1].line, 4);
        QVERIFY(r.problems[0].duplicate && r.problems[1].duplicate);
    }

    void blankLinesAndEmptyRecordsAreSkipped()
    {
        const auto r =
            EntityListReader::read("\xEF\xBB\xBF\r\nbiz_type,biz_id\r\n\r\n,,\r\n  ,\r\nTAG,9\r\n");
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.entities.size(), 1);
        QCOMPARE(r.entities[0].line, 6);
    }

    void largeInputKeepsOrderAndLineNumbers()
    {
        QByteArray data = "biz_type,biz_id\r\n";
        data.reserve(100000 * 32);
        const QList<QString> &types = bizTypes::all();
        for (int i = 1; i < 100000; ++i) {
            if (i % 25000 == 0)
                data += "NOT_A_TYPE,1\r\n";
            else
                data += types.at(i % 40).toUtf8() + ',' +
                        QByteArray::number(885123875376193536LL + i) + "\r\n";
        }
        const auto r = EntityListReader::read(data);
        QCOMPARE(r.entities.size() + r.problems.size(), 99999);
        QCOMPARE(r.problems.size(), 3);
        QCOMPARE(r.problems[0].line, 25001);
        QCOMPARE(r.problems[2].line, 75001);
        for (int k = 0; k < r.entities.size(); k += 997) {
            const EntityLine &e = r.entities.at(k);
            const int i = e.line - 1;
            QCOMPARE(e.bizId, QString::number(885123875376193536LL + i));
            QCOMPARE(e.bizType, types.at(i % 40));
        }
        QCOMPARE(r.entities.last().line, 100000);
    }

    void reasonsAreTranslated()
    {
        Language language;
        QVERIFY(language.apply(QStringLiteral("zh_CN")));
        const auto r = EntityListReader::read("TABLE,1\n");
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(!r.problems[0].reason.contains(QStringLiteral("unknown")),
                 qPrintable(r.problems[0].reason));
        QVERIFY(r.problems[0].reason.contains(QStringLiteral("TABLE")));
        language.apply(QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestEntityListReader)
#include "tst_entitylistreader.moc"
