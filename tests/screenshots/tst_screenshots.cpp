// scripts/screenshots cannot rot: desk-screenshots runs offscreen in both languages into a
// temporary folder and writes every PNG the README shows, each a real picture of a window
// (its size, many colours), not an empty or blank file.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshots : public QObject
{
    Q_OBJECT
private slots:
    void savesEveryScreenshot_data();
    void savesEveryScreenshot();
};

namespace {

// The README's table (docs/screenshots/<lang>/<name>.png).
const char *const kNames[] = {
    "main-window",
    "apis-pane",
    "approvals-pane",
    "progress-dock",
    "offline-wizard-1-selection",
    "offline-wizard-2-preflight",
    "offline-wizard-2b-impact",
    "offline-wizard-3-approver",
    "offline-wizard-4-schedule",
    "offline-wizard-5-review",
    "api-wizard-1-targets",
    "api-wizard-2-action",
    "api-wizard-3-preflight",
    "api-wizard-3b-impact",
    "api-wizard-4-time",
    "api-wizard-5-review",
};

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

void TestScreenshots::savesEveryScreenshot_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestScreenshots::savesEveryScreenshot()
{
    QFETCH(QString, lang);
    QTemporaryDir out;
    QProcess tool;
    tool.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    tool.start(QStringLiteral(DESK_SCREENSHOTS_PATH),
               {QStringLiteral("--lang"), lang, QStringLiteral("--out"), out.path()});
    QVERIFY(tool.waitForFinished(120000));
    QCOMPARE(tool.exitStatus(), QProcess::NormalExit);
    QCOMPARE(tool.exitCode(), 0);
    const QStringList written = QString::fromUtf8(tool.readAllStandardOutput())
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(written.size(), int(std::size(kNames)));
    for (const char *name : kNames) {
        const QString path =
            QDir(out.path()).filePath(QLatin1String(name) + QStringLiteral(".png"));
        QVERIFY2(written.contains(path), qPrintable(path));
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QVERIFY2(image.width() >= 600 && image.height() >= 300, qPrintable(path));
        QVERIFY2(QFileInfo(path).size() > 10000, qPrintable(path));
        QVERIFY2(distinctColours(image) >= 16, qPrintable(path));
    }
}

QTEST_GUILESS_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
