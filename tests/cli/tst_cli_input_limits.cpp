// The smaller points of issue 18 at the CLI's edge: input is capped like the window's
// import (64 MB; /dev/zero is refused, not read to the end of memory), at most 100 bad lines
// are listed with a count of the rest, ids outside DataArts' signed 64-bit range are
// refused, --time in the past is refused and one inside the notice period needs --force,
// the journal is created 0600 in a 0700 folder, and a journal that cannot be opened is exit
// status 4 with nothing sent. Dry runs and refusals send nothing: no server is needed.
#include "CliRunner.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TestCliInputLimits : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void endlessInputIsRefused();
    void atMostHundredProblemsListed();
    void idsOutsideSignedRangeRefused();
    void timeInThePastRefused();
    void journalIsPrivate();
    void journalFailureIsExitFour();

private:
    QStringList offlineArgs() const
    {
        return {QStringLiteral("--approver-id"), QStringLiteral("u1"),
                QStringLiteral("--approver-name"), QStringLiteral("someone"),
                QStringLiteral("--dry-run")};
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write fixture");
        return path;
    }

    QTemporaryDir m_dir;
    CliRunner m_cli;
};

void TestCliInputLimits::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cli.journalPath = m_dir.filePath(QStringLiteral("journal/journal.sqlite"));
    m_cli.home = m_dir.filePath(QStringLiteral("home"));
    m_cli.connection = {
        QStringLiteral("--endpoint"),   QStringLiteral("http://127.0.0.1:9"),
        QStringLiteral("--project-id"), QStringLiteral("0123456789abcdef0123456789abcdef"),
        QStringLiteral("--workspace"),  QStringLiteral("workspace1")};
}

void TestCliInputLimits::endlessInputIsRefused()
{
    if (!QFileInfo::exists(QStringLiteral("/dev/zero")))
        QSKIP("no /dev/zero here");
    const CliResult r = m_cli.run(
        {QStringLiteral("offline")},
        offlineArgs() + QStringList{QStringLiteral("--input"), QStringLiteral("/dev/zero")});
    QVERIFY2(!r.crashed && r.exitCode == 2, qPrintable(r.text()));
    QVERIFY2(r.err.contains("larger than 64 MB"), qPrintable(r.text()));
    QVERIFY(r.out.isEmpty());
}

void TestCliInputLimits::atMostHundredProblemsListed()
{
    QByteArray lines = "biz_type,biz_id\n";
    for (int i = 0; i < 5000; ++i)
        lines += "NOT_A_TYPE,x" + QByteArray::number(i) + '\n';
    const QString path = writeFile(QStringLiteral("bad.csv"), lines);
    const CliResult r = m_cli.run({QStringLiteral("offline")},
                                  offlineArgs() + QStringList{QStringLiteral("--input"), path});
    QVERIFY2(r.exitCode == 2, qPrintable(r.text()));
    const QList<QByteArray> printed = r.err.trimmed().split('\n');
    // 100 problems, the count of the rest, and the verdict.
    QVERIFY2(printed.size() <= 102, qPrintable(QString::number(printed.size())));
    QVERIFY2(r.err.contains("and 4900 more bad input lines."), r.err.right(300).constData());
    QVERIFY(r.err.contains("line 2:") || r.err.contains("2:"));
}

void TestCliInputLimits::idsOutsideSignedRangeRefused()
{
    for (const char *id : {"18446744073709551615", "9223372036854775808", "12345678901234567890"}) {
        const CliResult r = m_cli.run(
            {QStringLiteral("offline")},
            offlineArgs() + QStringList{QStringLiteral("--entity"),
                                        QStringLiteral("TABLE_MODEL:") + QLatin1String(id)});
        QVERIFY2(r.exitCode == 2, qPrintable(r.text()));
        QVERIFY2(r.err.contains("outside the range of DataArts ids"), qPrintable(r.text()));
    }
    const CliResult max =
        m_cli.run({QStringLiteral("offline")},
                  offlineArgs() + QStringList{QStringLiteral("--entity"),
                                              QStringLiteral("TABLE_MODEL:9223372036854775807")});
    QVERIFY2(max.exitCode == 0, qPrintable(max.text()));
    QVERIFY(max.out.contains("9223372036854775807"));
}

void TestCliInputLimits::timeInThePastRefused()
{
    const QStringList base{QStringLiteral("--action"),  QStringLiteral("STOP"),
                           QStringLiteral("--target"),  QStringLiteral("api1@cluster1"),
                           QStringLiteral("--dry-run"), QStringLiteral("--time")};
    const CliResult past =
        m_cli.run({QStringLiteral("api-action")},
                  base + QStringList{QStringLiteral("2001-01-01T10:00:00.000Z")});
    QVERIFY2(past.exitCode == 2, qPrintable(past.text()));
    QVERIFY2(past.err.contains("is in the past"), qPrintable(past.text()));
    QVERIFY(past.out.isEmpty());

    const QString soon = QDateTime::currentDateTimeUtc().addSecs(5 * 3600).toString(
        QStringLiteral("yyyy-MM-ddTHH:00:00.000Z"));
    const CliResult unforced = m_cli.run({QStringLiteral("api-action")}, base + QStringList{soon});
    QVERIFY2(unforced.exitCode == 2, qPrintable(unforced.text()));
    QVERIFY2(unforced.err.contains("--force"), qPrintable(unforced.text()));
    const CliResult forced = m_cli.run({QStringLiteral("api-action")},
                                       base + QStringList{soon, QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.text()));
    QVERIFY(forced.out.contains(soon.toUtf8()));
}

void TestCliInputLimits::journalIsPrivate()
{
    // resume opens (and so creates) the journal, then finds no such run.
    const CliResult r =
        m_cli.run({QStringLiteral("resume")}, {QStringLiteral("--run"), QStringLiteral("7")});
    QVERIFY2(r.exitCode == 2 && r.err.contains("There is no run 7"), qPrintable(r.text()));
    const QFileInfo file(m_cli.journalPath);
    QVERIFY(file.exists());
    QCOMPARE(file.permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
             QFile::ReadOwner | QFile::WriteOwner);
    const QFileInfo folder(file.absolutePath());
    QCOMPARE(folder.permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestCliInputLimits::journalFailureIsExitFour()
{
    CliRunner broken = m_cli;
    broken.journalPath = m_dir.filePath(QStringLiteral("a-folder"));
    QVERIFY(QDir().mkpath(broken.journalPath));
    broken.accessKey = QStringLiteral("AK");
    broken.secretKey = "SK";
    const CliResult history = broken.run({QStringLiteral("history")}, {}, false);
    QVERIFY2(history.exitCode == 4, qPrintable(history.text()));
    const CliResult offline =
        broken.run({QStringLiteral("offline")},
                   {QStringLiteral("--approver-id"), QStringLiteral("u1"),
                    QStringLiteral("--approver-name"), QStringLiteral("someone"),
                    QStringLiteral("--entity"), QStringLiteral("TABLE_MODEL:1234567890123456789")});
    QVERIFY2(offline.exitCode == 4, qPrintable(offline.text()));
    QVERIFY2(offline.err.contains("it is a folder") && offline.err.contains("Nothing was sent."),
             qPrintable(offline.text()));
}

QTEST_GUILESS_MAIN(TestCliInputLimits)
#include "tst_cli_input_limits.moc"
