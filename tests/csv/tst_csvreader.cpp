#include "csv/CsvReader.h"

#include <QStringEncoder>
#include <QTest>

using namespace dataarts;

class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    static QStringList fields(const CsvReader::Result &r, int index)
    {
        return r.records.value(index).fields;
    }

private slots:
    void plainRecordsWithLineNumbers()
    {
        const auto r = CsvReader::read("a,b\nc,d\n");
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(fields(r, 0), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(r.records[0].line, 1);
        QCOMPARE(fields(r, 1), (QStringList{QStringLiteral("c"), QStringLiteral("d")}));
        QCOMPARE(r.records[1].line, 2);
    }

    void lineEndsOfEveryKind()
    {
        // CRLF, LF, a lone CR, and no break after the last record.
        const auto r = CsvReader::read("a,1\r\nb,2\nc,3\rd,4");
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.records.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(r.records[i].line, i + 1);
            QCOMPARE(r.records[i].fields.size(), 2);
        }
        QCOMPARE(fields(r, 3).at(1), QStringLiteral("4"));
    }

    void quotedFields()
    {
        const auto r = CsvReader::read("\"x, y\",\"say \"\"hi\"\"\",\"\"\r\n"
                                       "\"two\r\nlines\",\"three\nlines\nhere\"\r\n"
                                       "after,\"\"\"\"\r\n");
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(fields(r, 0),
                 (QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QString()}));
        QCOMPARE(fields(r, 1), (QStringList{QStringLiteral("two\r\nlines"),
                                            QStringLiteral("three\nlines\nhere")}));
        QCOMPARE(r.records[1].line, 2);
        QCOMPARE(r.records[2].line, 6); // the record above spans lines 2 to 5
        QCOMPARE(fields(r, 2), (QStringList{QStringLiteral("after"), QStringLiteral("\"")}));
    }

    void fieldsKeepTheirSpacesAndEmptyFieldsCount()
    {
        const auto r = CsvReader::read(" a , b ,\n,\n");
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(fields(r, 0),
                 (QStringList{QStringLiteral(" a "), QStringLiteral(" b "), QString()}));
        QCOMPARE(fields(r, 1), (QStringList{QString(), QString()}));
    }

    void blankLinesAreSkippedButCounted()
    {
        const auto r = CsvReader::read("\n\r\na\n\n\nb\r\n\r\n");
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records[0].line, 3);
        QCOMPARE(r.records[1].line, 6);
    }

    void utf8ByteOrderMarkIsSkipped()
    {
        const auto r = CsvReader::read("\xEF\xBB\xBF"
                                       "biz_type,biz_id\r\n");
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(fields(r, 0).at(0), QStringLiteral("biz_type"));
    }

    void chineseText()
    {
        const QString text = QStringLiteral("订单表,\"备注, 含逗号\"\n");
        const auto r = CsvReader::read(text.toUtf8());
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(fields(r, 0),
                 (QStringList{QStringLiteral("订单表"), QStringLiteral("备注, 含逗号")}));
    }

    void utf16WithByteOrderMarkIsDecoded()
    {
        const QString text = QStringLiteral("表,1\r\nb,\"2\"\r\n");
        QStringEncoder le(QStringEncoder::Utf16LE);
        QByteArray bytes = "\xFF\xFE" + QByteArray(le.encode(text));
        auto r = CsvReader::read(bytes);
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(fields(r, 0), (QStringList{QStringLiteral("表"), QStringLiteral("1")}));
        QCOMPARE(fields(r, 1), (QStringList{QStringLiteral("b"), QStringLiteral("2")}));

        QStringEncoder be(QStringEncoder::Utf16BE);
        bytes = "\xFE\xFF" + QByteArray(be.encode(text));
        r = CsvReader::read(bytes);
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(fields(r, 0).at(0), QStringLiteral("表"));
    }

    void textAfterClosingQuoteIsReportedAndReadingGoesOn()
    {
        const auto r = CsvReader::read("a,1\n\"b\"x,2\nc,3\n");
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records[1].line, 3);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems[0].line, 2);
        QVERIFY2(r.problems[0].reason.contains(QStringLiteral("closing quote")),
                 qPrintable(r.problems[0].reason));
    }

    void quoteInsideUnquotedFieldIsReported()
    {
        const auto r = CsvReader::read("a,1\nb,2\"3\nc,3\n");
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems[0].line, 2);
        QVERIFY(r.problems[0].reason.contains(QStringLiteral("field 2")));
    }

    void unclosedQuoteReportsTheLinesItSwallows()
    {
        const auto r = CsvReader::read("a,1\nb,\"2\nc,3\nd,4\n");
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems[0].line, 2);
        QVERIFY2(r.problems[0].reason.contains(QStringLiteral("lines 2 to 4")),
                 qPrintable(r.problems[0].reason));
    }

    void invalidUtf8IsReportedWithItsLine()
    {
        const auto r = CsvReader::read("a,1\nb,\xC3\x28\nc,\xE4\xB8\n\xE8\xA1\xA8,4\n");
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records[1].fields.at(0), QStringLiteral("表"));
        QCOMPARE(r.records[1].line, 4);
        QCOMPARE(r.problems.size(), 2);
        QCOMPARE(r.problems[0].line, 2);
        QCOMPARE(r.problems[1].line, 3);
        QVERIFY(r.problems[0].reason.contains(QStringLiteral("UTF-8")));
    }

    void emptyInput()
    {
        QVERIFY(CsvReader::read(QByteArray()).records.isEmpty());
        QVERIFY(CsvReader::read("\xEF\xBB\xBF").records.isEmpty());
        QVERIFY(CsvReader::read("\r\n\n").problems.isEmpty());
    }

    void problemTextNamesTheLine()
    {
        const auto r = CsvReader::read("\n\"x\"y\n");
        QCOMPARE(r.problems.size(), 1);
        QVERIFY(r.problems[0].text().startsWith(QStringLiteral("Line 2: ")));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
