// The pure time conversions of the wizards: schedule_time (HH:MM <-> "MM_HH", the same in
// every zone and on both sides of a DST change) and the API action's effective time
// (now + 48 h rounded up to the whole UTC hour; local wall-clock time <-> UTC wire string
// in Europe/Berlin, Asia/Shanghai and America/New_York, including the skipped and repeated
// hours of their DST changes).
#include "wizards/common/EffectiveTime.h"
#include "wizards/common/ScheduleTime.h"

#include <QTest>

#include <ctime>

using namespace dataarts::ui;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

QTimeZone zone(const char *id)
{
    return QTimeZone(QByteArray(id));
}

void setTz(const QByteArray &tz)
{
    qputenv("TZ", tz);
    tzset();
}

} // namespace

class TestWizardTimes : public QObject
{
    Q_OBJECT
private slots:
    void scheduleWire_data();
    void scheduleWire();
    void scheduleRejectsMalformedWire_data();
    void scheduleRejectsMalformedWire();
    void scheduleParsesLocaleAndTwentyFourHourText();
    void scheduleIsTheSameInEveryZoneAndAcrossDst();
    void defaultRoundsUpToTheWholeUtcHour_data();
    void defaultRoundsUpToTheWholeUtcHour();
    void defaultAcrossBerlinsOctoberChange();
    void wireFormat();
    void localToUtc_data();
    void localToUtc();
    void displayShowsTheLocalWallClock();
    void shortNoticeAndPast();
};

void TestWizardTimes::scheduleWire_data()
{
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QString>("wire");
    QTest::newRow("18:30") << QTime(18, 30) << QStringLiteral("30_18");
    QTest::newRow("07:05") << QTime(7, 5) << QStringLiteral("05_07");
    QTest::newRow("00:00") << QTime(0, 0) << QStringLiteral("00_00");
    QTest::newRow("23:59") << QTime(23, 59) << QStringLiteral("59_23");
}

void TestWizardTimes::scheduleWire()
{
    QFETCH(QTime, time);
    QFETCH(QString, wire);
    QCOMPARE(ScheduleTime::toWire(time), wire);
    QCOMPARE(ScheduleTime::fromWire(wire), time);
    QCOMPARE(ScheduleTime::toWire(time.addSecs(42)), wire); // seconds are dropped
}

void TestWizardTimes::scheduleRejectsMalformedWire_data()
{
    QTest::addColumn<QString>("wire");
    for (const char *bad : {"3_18", "30_24", "60_10", "ab_cd", "18:30", "30-18", "", "030_18"})
        QTest::newRow(bad) << QString::fromLatin1(bad);
}

void TestWizardTimes::scheduleRejectsMalformedWire()
{
    QFETCH(QString, wire);
    QVERIFY(!ScheduleTime::fromWire(wire).isValid());
}

void TestWizardTimes::scheduleParsesLocaleAndTwentyFourHourText()
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale cn(QLocale::Chinese, QLocale::China);
    QCOMPARE(ScheduleTime::parse(QStringLiteral("18:30"), us), QTime(18, 30));
    QCOMPARE(ScheduleTime::parse(ScheduleTime::display(QTime(18, 30), us), us), QTime(18, 30));
    QCOMPARE(ScheduleTime::parse(ScheduleTime::display(QTime(6, 5), cn), cn), QTime(6, 5));
    QCOMPARE(ScheduleTime::parse(QStringLiteral(" 7:05 "), cn), QTime(7, 5));
    QVERIFY(!ScheduleTime::parse(QStringLiteral("25:00"), us).isValid());
    QVERIFY(!ScheduleTime::parse(QStringLiteral("18:60"), cn).isValid());
    QVERIFY(!ScheduleTime::parse(QStringLiteral("7.5"), us).isValid());
    QVERIFY(!ScheduleTime::parse(QString(), us).isValid());
}

void TestWizardTimes::scheduleIsTheSameInEveryZoneAndAcrossDst()
{
    const QByteArray saved = qgetenv("TZ");
    for (const char *tz : {"Europe/Berlin", "Asia/Shanghai", "America/New_York"}) {
        setTz(tz);
        // What the user types is what is sent, whatever the zone and the day.
        QCOMPARE(ScheduleTime::toWire(QTime(2, 30)), QStringLiteral("30_02"));
        QCOMPARE(ScheduleTime::fromWire(QStringLiteral("30_02")), QTime(2, 30));
        QCOMPARE(ScheduleTime::parse(QStringLiteral("02:30"), QLocale::c()), QTime(2, 30));
    }
    setTz(saved);
}

void TestWizardTimes::defaultRoundsUpToTheWholeUtcHour_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("mid-hour") << utc(2024, 3, 29, 10, 20) << utc(2024, 3, 31, 11, 0);
    QTest::newRow("on the hour") << utc(2024, 3, 29, 10, 0) << utc(2024, 3, 31, 10, 0);
    QTest::newRow("one ms past") << utc(2024, 3, 29, 10, 0, 0, 1) << utc(2024, 3, 31, 11, 0);
    QTest::newRow("day and year end") << utc(2024, 12, 29, 23, 59, 59) << utc(2025, 1, 1, 0, 0);
    QTest::newRow("given in Shanghai")
        << QDateTime(QDate(2024, 6, 1), QTime(9, 15), zone("Asia/Shanghai"))
        << utc(2024, 6, 3, 2, 0);
}

void TestWizardTimes::defaultRoundsUpToTheWholeUtcHour()
{
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, expected);
    const QDateTime got = EffectiveTime::defaultFor(now);
    QCOMPARE(got, expected);
    QCOMPARE(got.timeSpec(), Qt::UTC);
}

void TestWizardTimes::defaultAcrossBerlinsOctoberChange()
{
    // Friday 02:30 CEST; 48 h later the clocks have gone back: Sunday 01:30 CET.
    const QTimeZone berlin = zone("Europe/Berlin");
    const QDateTime now(QDate(2024, 10, 25), QTime(2, 30), berlin);
    QCOMPARE(now.toUTC(), utc(2024, 10, 25, 0, 30));
    const QDateTime t = EffectiveTime::defaultFor(now);
    QCOMPARE(t, utc(2024, 10, 27, 1, 0));
    const QDateTime local = t.toTimeZone(berlin);
    QCOMPARE(local.time(), QTime(2, 0));
    QCOMPARE(local.offsetFromUtc(), 3600); // CET, after the change
    QCOMPARE(EffectiveTime::toWire(t), QStringLiteral("2024-10-27T01:00:00.000Z"));
}

void TestWizardTimes::wireFormat()
{
    QCOMPARE(EffectiveTime::toWire(utc(2021, 1, 1, 10, 0)),
             QStringLiteral("2021-01-01T10:00:00.000Z"));
    const QDateTime shanghai(QDate(2024, 6, 1), QTime(9, 0), zone("Asia/Shanghai"));
    QCOMPARE(EffectiveTime::toWire(shanghai), QStringLiteral("2024-06-01T01:00:00.000Z"));
    QCOMPARE(EffectiveTime::fromWire(QStringLiteral("2024-06-01T01:00:00.000Z")),
             utc(2024, 6, 1, 1, 0));
    QCOMPARE(EffectiveTime::fromWire(QStringLiteral("2024-06-01T01:00:00Z")),
             utc(2024, 6, 1, 1, 0));
    QVERIFY(!EffectiveTime::fromWire(QStringLiteral("2024-06-01 01:00")).isValid());
    QVERIFY(EffectiveTime::toWire(QDateTime()).isEmpty());
}

void TestWizardTimes::localToUtc_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QString>("wire"); // empty: does not exist
    QTest::newRow("Shanghai") << QByteArray("Asia/Shanghai") << QDate(2024, 6, 1) << QTime(9, 0)
                              << QStringLiteral("2024-06-01T01:00:00.000Z");
    QTest::newRow("Berlin summer") << QByteArray("Europe/Berlin") << QDate(2024, 10, 26)
                                   << QTime(12, 0) << QStringLiteral("2024-10-26T10:00:00.000Z");
    QTest::newRow("Berlin winter") << QByteArray("Europe/Berlin") << QDate(2024, 10, 28)
                                   << QTime(12, 0) << QStringLiteral("2024-10-28T11:00:00.000Z");
    QTest::newRow("Berlin repeated hour: first")
        << QByteArray("Europe/Berlin") << QDate(2024, 10, 27) << QTime(2, 30)
        << QStringLiteral("2024-10-27T00:30:00.000Z");
    QTest::newRow("Berlin after the change")
        << QByteArray("Europe/Berlin") << QDate(2024, 10, 27) << QTime(3, 30)
        << QStringLiteral("2024-10-27T02:30:00.000Z");
    QTest::newRow("Berlin skipped hour")
        << QByteArray("Europe/Berlin") << QDate(2024, 3, 31) << QTime(2, 30) << QString();
    QTest::newRow("New York skipped hour")
        << QByteArray("America/New_York") << QDate(2024, 3, 10) << QTime(2, 30) << QString();
    QTest::newRow("New York repeated hour: first")
        << QByteArray("America/New_York") << QDate(2024, 11, 3) << QTime(1, 30)
        << QStringLiteral("2024-11-03T05:30:00.000Z");
    QTest::newRow("New York winter") << QByteArray("America/New_York") << QDate(2024, 11, 4)
                                     << QTime(9, 0) << QStringLiteral("2024-11-04T14:00:00.000Z");
    QTest::newRow("New York summer") << QByteArray("America/New_York") << QDate(2024, 11, 2)
                                     << QTime(9, 0) << QStringLiteral("2024-11-02T13:00:00.000Z");
}

void TestWizardTimes::localToUtc()
{
    QFETCH(QByteArray, zoneId);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(QString, wire);
    const QTimeZone z(zoneId);
    QVERIFY(z.isValid());
    const QDateTime t = EffectiveTime::fromLocal(date, time, z);
    QCOMPARE(EffectiveTime::toWire(t), wire);
    if (!wire.isEmpty()) {
        // And back: the same wall clock in the zone.
        const QDateTime back = EffectiveTime::fromWire(wire).toTimeZone(z);
        QCOMPARE(back.date(), date);
        QCOMPARE(back.time(), time);
    }
}

void TestWizardTimes::displayShowsTheLocalWallClock()
{
    const QLocale c = QLocale::c();
    const QTimeZone berlin = zone("Europe/Berlin");
    const QString before = EffectiveTime::display(utc(2024, 10, 27, 0, 30), berlin, c);
    const QString after = EffectiveTime::display(utc(2024, 10, 27, 1, 30), berlin, c);
    QVERIFY2(before.contains(QStringLiteral("02:30")), qPrintable(before));
    QVERIFY2(after.contains(QStringLiteral("02:30")), qPrintable(after));
    QVERIFY2(before != after, qPrintable(before)); // the zone's abbreviation tells them apart
    const QString shanghai =
        EffectiveTime::display(utc(2024, 6, 1, 1, 0), zone("Asia/Shanghai"), c);
    QVERIFY2(shanghai.contains(QStringLiteral("09:00")), qPrintable(shanghai));
}

void TestWizardTimes::shortNoticeAndPast()
{
    const QDateTime now = utc(2024, 6, 1, 10, 0);
    QVERIFY(!EffectiveTime::isShortNotice(EffectiveTime::defaultFor(now), now));
    QVERIFY(EffectiveTime::isShortNotice(now.addSecs(47 * 3600), now));
    QVERIFY(!EffectiveTime::isPast(now.addSecs(60), now));
    QVERIFY(EffectiveTime::isPast(now, now));
    QVERIFY(EffectiveTime::isPast(QDateTime(), now));
}

QTEST_GUILESS_MAIN(TestWizardTimes)
#include "tst_wizard_times.moc"
