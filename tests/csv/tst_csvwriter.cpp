#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QTest>

using namespace dataarts;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void plainFieldsAreNotQuoted()
    {
        QCOMPARE(CsvWriter::record({QStringLiteral("a"), QStringLiteral("b c"), QString()}),
                 QByteArray("a,b c,\r\n"));
    }

    void specialFieldsAreQuoted()
    {
        QCOMPARE(CsvWriter::field(QStringLiteral("x,y")), QByteArray("\"x,y\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("say \"hi\"")), QByteArray("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("a\nb")), QByteArray("\"a\nb\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("a\rb")), QByteArray("\"a\rb\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("表")), QByteArray("\xE8\xA1\xA8"));
    }

    void byteOrderMark() { QCOMPARE(CsvWriter::byteOrderMark(), QByteArray("\xEF\xBB\xBF")); }

    void readerReadsBackWhatWriterWrote()
    {
        const QList<QStringList> rows = {
            {QStringLiteral("id"), QStringLiteral("remark")},
            {QStringLiteral("1"), QStringLiteral("对象\"已下线\", 无法\r\n重复提交")},
            {QStringLiteral("2"), QStringLiteral(" spaced ")},
            {QStringLiteral("3"), QString()},
        };
        QByteArray bytes = CsvWriter::byteOrderMark();
        for (const QStringList &row : rows)
            bytes += CsvWriter::record(row);
        const auto r = CsvReader::read(bytes);
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.records.size(), rows.size());
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(r.records[i].fields, rows[i]);
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
