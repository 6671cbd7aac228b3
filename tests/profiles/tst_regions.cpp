// Regions by name (issue 20): every region id the client offers has its name in English and
// in Chinese (Huawei Cloud's console names), the names are unique, a list shows the name
// with the id beside it, and an id without a known name shows the id alone.
#include "i18n/Language.h"
#include "profiles/Regions.h"

#include <QSet>
#include <QtTest>

using namespace dataarts;

class TestRegions : public QObject
{
    Q_OBJECT
private slots:
    void namesInBothLanguages_data();
    void namesInBothLanguages();
    void unknownIdsShowTheirId();
};

void TestRegions::namesInBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("beijing4");
    QTest::addColumn<QString>("singapore");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("CN North-Beijing4 (cn-north-4)")
                        << QStringLiteral("AP-Singapore");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("华北-北京四（cn-north-4）")
                           << QStringLiteral("亚太-新加坡");
}

void TestRegions::namesInBothLanguages()
{
    QFETCH(QString, language);
    QFETCH(QString, beijing4);
    QFETCH(QString, singapore);
    Language lang;
    QVERIFY(lang.apply(language));
    QCOMPARE(regions::displayName(QStringLiteral("cn-north-4")), beijing4);
    QCOMPARE(regions::name(QStringLiteral("ap-southeast-3")), singapore);
    QSet<QString> names;
    int named = 0;
    for (const QString &id : regions::ids()) {
        const QString name = regions::name(id);
        const QString shown = regions::displayName(id);
        QVERIFY2(shown.contains(id), qPrintable(shown));
        if (name.isEmpty())
            continue;
        ++named;
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        QVERIFY2(shown.startsWith(name), qPrintable(shown));
        if (language == QLatin1String("zh_CN")) {
            bool chinese = false;
            for (const QChar c : name)
                chinese = chinese || (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff);
            QVERIFY2(chinese, qPrintable(id + QStringLiteral(": ") + name));
        }
    }
    QVERIFY2(named >= 23, qPrintable(QString::number(named)));
    QVERIFY(lang.apply(QStringLiteral("en")));
}

void TestRegions::unknownIdsShowTheirId()
{
    QCOMPARE(regions::name(QStringLiteral("xx-nowhere-1")), QString());
    QCOMPARE(regions::displayName(QStringLiteral("xx-nowhere-1")), QStringLiteral("xx-nowhere-1"));
}

QTEST_GUILESS_MAIN(TestRegions)
#include "tst_regions.moc"
