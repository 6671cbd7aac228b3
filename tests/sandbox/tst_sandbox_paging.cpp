// Paging as documented: limit 1..100 with each endpoint's default, offset 0 or a multiple
// of limit (else rounded down), and a full walk that sees every record exactly once.
#include "SandboxClient.h"
#include "SandboxProcess.h"

#include <QSet>
#include <QtTest>

using dataarts::QueryItems;

class TestSandboxPaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaults();
    void limitOutOfRange_data();
    void limitOutOfRange();
    void offsetIsRoundedDown();
    void negativeOffsetIsRefused();
    void walkSeesEveryRecordOnce_data();
    void walkSeesEveryRecordOnce();
    void indexedAndScannedListingsAgree();

private:
    QJsonArray page(const QString &kind, int limit, int offset, int *total = nullptr);

    SandboxProcess m_sandbox{{QStringLiteral("--tables"), QStringLiteral("537"),
                              QStringLiteral("--apis"), QStringLiteral("263"),
                              QStringLiteral("--rate-limit"), QStringLiteral("off")}};
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxPaging::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<SandboxClient>(m_sandbox);
}

QJsonArray TestSandboxPaging::page(const QString &kind, int limit, int offset, int *total)
{
    QueryItems q;
    if (limit > 0)
        q.append({QStringLiteral("limit"), QString::number(limit)});
    if (offset >= 0)
        q.append({QStringLiteral("offset"), QString::number(offset)});
    if (kind == QLatin1String("tables")) {
        for (const char *t : {"TABLE_MODEL_LOGIC", "TABLE_MODEL", "DIMENSION_LOGIC_TABLE",
                              "FACT_LOGIC_TABLE", "AGGREGATION_LOGIC_TABLE"})
            q.append({QStringLiteral("biz_type_list"), QString::fromLatin1(t)});
        const QJsonObject value =
            m_client->get(m_client->arch(QStringLiteral("all-tables")), q).value().toObject();
        if (total)
            *total = value.value(QStringLiteral("total")).toInt();
        return value.value(QStringLiteral("records")).toArray();
    }
    if (kind == QLatin1String("approvals")) {
        const QJsonObject value =
            m_client->get(m_client->arch(QStringLiteral("approvals")), q).value().toObject();
        if (total)
            *total = value.value(QStringLiteral("total")).toInt();
        return value.value(QStringLiteral("records")).toArray();
    }
    const QJsonObject body = m_client->get(m_client->ds(QStringLiteral("apis")), q).json();
    if (total)
        *total = body.value(QStringLiteral("total")).toInt();
    return body.value(QStringLiteral("records")).toArray();
}

void TestSandboxPaging::defaults()
{
    QCOMPARE(page(QStringLiteral("tables"), 0, -1).size(), 50); // Architecture: 50
    QCOMPARE(page(QStringLiteral("approvals"), 0, -1).size(), 50);
    QCOMPARE(page(QStringLiteral("apis"), 0, -1).size(), 10); // ListApis: 10
    QCOMPARE(page(QStringLiteral("tables"), 100, -1).size(), 100);
    QCOMPARE(page(QStringLiteral("apis"), 100, -1).size(), 100);
}

void TestSandboxPaging::limitOutOfRange_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("limit");
    for (const QString &limit : {QStringLiteral("0"), QStringLiteral("101"), QStringLiteral("-5"),
                                 QStringLiteral("ten")}) {
        QTest::newRow(qPrintable(QStringLiteral("approvers ") + limit))
            << QStringLiteral("arch:approvals/users") << limit;
        QTest::newRow(qPrintable(QStringLiteral("apis ") + limit))
            << QStringLiteral("ds:apis") << limit;
        QTest::newRow(qPrintable(QStringLiteral("clusters ") + limit))
            << QStringLiteral("ds:instances") << limit;
    }
}

void TestSandboxPaging::limitOutOfRange()
{
    QFETCH(QString, path);
    QFETCH(QString, limit);
    const QString full = path.startsWith(QLatin1String("ds:")) ? m_client->ds(path.mid(3))
                                                               : m_client->arch(path.mid(5));
    const HttpResult r = m_client->get(full, {{QStringLiteral("limit"), limit}});
    QCOMPARE(r.status, 400);
    QVERIFY2(r.errorMessage().contains(QLatin1String("limit")), qPrintable(r.errorMessage()));
}

void TestSandboxPaging::offsetIsRoundedDown()
{
    for (const QString &kind : {QStringLiteral("tables"), QStringLiteral("apis")}) {
        const QJsonArray exact = page(kind, 100, 100);
        QCOMPARE(exact.size(), 100);
        QCOMPARE(page(kind, 100, 150), exact);
        QCOMPARE(page(kind, 100, 199), exact);
        QVERIFY(page(kind, 100, 200) != exact);
        QCOMPARE(page(kind, 30, 31), page(kind, 30, 30));
    }
}

void TestSandboxPaging::negativeOffsetIsRefused()
{
    const HttpResult r = m_client->get(m_client->ds(QStringLiteral("apis")),
                                       {{QStringLiteral("offset"), QStringLiteral("-10")}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorMessage().contains(QLatin1String("offset")));
}

void TestSandboxPaging::walkSeesEveryRecordOnce_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("limit");
    QTest::newRow("tables by 100") << QStringLiteral("tables") << 100;
    QTest::newRow("tables by 37") << QStringLiteral("tables") << 37;
    QTest::newRow("apis by 100") << QStringLiteral("apis") << 100;
    QTest::newRow("apis by 7") << QStringLiteral("apis") << 7;
}

void TestSandboxPaging::walkSeesEveryRecordOnce()
{
    QFETCH(QString, kind);
    QFETCH(int, limit);
    int total = 0;
    QSet<QString> seen;
    int offset = 0;
    while (true) {
        const QJsonArray records = page(kind, limit, offset, &total);
        for (const QJsonValue &v : records) {
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
        }
        if (records.size() < limit)
            break;
        offset += limit;
    }
    QCOMPARE(seen.size(), total);
    QCOMPARE(total, kind == QLatin1String("tables") ? 537 : 263);
    // Past the end: an empty page.
    QCOMPARE(page(kind, limit, ((total + limit) / limit) * limit).size(), 0);
}

void TestSandboxPaging::indexedAndScannedListingsAgree()
{
    // Change some statuses first, so the per-status index has moved.
    const QString user = m_sandbox.value(QStringLiteral("user_id"));
    QJsonArray infos;
    for (const QJsonValue &v :
         m_client->findEntities(QStringLiteral("biz_type=TABLE_MODEL&status=PUBLISHED&limit=25")))
        infos.append(
            QJsonObject{{QStringLiteral("biz_id"), v.toObject().value(QStringLiteral("id"))},
                        {QStringLiteral("biz_type"), QStringLiteral("TABLE_MODEL")}});
    const QJsonObject body{{QStringLiteral("biz_infos"), infos},
                           {QStringLiteral("approver_user_id"), user},
                           {QStringLiteral("approver_user_name"), QStringLiteral("sandbox_admin")},
                           {QStringLiteral("fast_approval"), true}};
    QCOMPARE(m_client
                 ->post(m_client->arch(QStringLiteral("approvals/batch-offline")),
                        QJsonDocument(body).toJson())
                 .value()
                 .toObject()
                 .value(QStringLiteral("success"))
                 .toInt(),
             25);

    // Kinds and status use the index; a time range forces a scan over the same records.
    for (const char *status : {"PUBLISHED", "OFFLINE", "DRAFT"}) {
        for (const int offset : {0, 40, 120}) {
            QueryItems q = {{QStringLiteral("biz_type_list"), QStringLiteral("TABLE_MODEL")},
                            {QStringLiteral("biz_type_list"), QStringLiteral("FACT_LOGIC_TABLE")},
                            {QStringLiteral("status"), QString::fromLatin1(status)},
                            {QStringLiteral("limit"), QStringLiteral("40")},
                            {QStringLiteral("offset"), QString::number(offset)}};
            const HttpResult indexed =
                m_client->get(m_client->arch(QStringLiteral("all-tables")), q);
            q += {{QStringLiteral("begin_time"), QStringLiteral("2000-01-01T00:00:00Z")},
                  {QStringLiteral("end_time"), QStringLiteral("2999-01-01T00:00:00Z")}};
            const HttpResult scanned =
                m_client->get(m_client->arch(QStringLiteral("all-tables")), q);
            QCOMPARE(indexed.value().toObject().value(QStringLiteral("total")),
                     scanned.value().toObject().value(QStringLiteral("total")));
            QCOMPARE(indexed.value().toObject().value(QStringLiteral("records")),
                     scanned.value().toObject().value(QStringLiteral("records")));
        }
    }
}

QTEST_GUILESS_MAIN(TestSandboxPaging)
#include "tst_sandbox_paging.moc"
