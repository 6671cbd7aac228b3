// Impact reads against their ground truth (/__sandbox/impact/): the API list by table name
// and datasource_config, the Catalog entity search and lineage with a depth limit, the
// Factory full-text search, the apps authorized to an API per cluster, the call
// statistics (also after the clock moves), their 400s, the "forbidden" fault and the
// other faults on the new paths, and the rate classes of the new reads.
#include "SandboxClient.h"
#include "SandboxProcess.h"

#include <QSet>
#include <QtTest>

using dataarts::QueryItems;

namespace {

QString L(const char *text)
{
    return QString::fromLatin1(text);
}

constexpr qint64 kDayMs = 86400LL * 1000;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QSet<QString> stringsOf(const QJsonArray &array, const QString &field)
{
    QSet<QString> out;
    for (const QJsonValue &v : array)
        out.insert(v.toObject().value(field).toString());
    return out;
}

} // namespace

class TestSandboxImpact : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void apisReadingATable();
    void datasourceConfigOfOneApi();
    void catalogSearchFindsTheTable();
    void catalogSearchValidation_data();
    void catalogSearchValidation();
    void lineageFollowsTheDepth();
    void lineageDirectionsAndErrors();
    void factorySearchNamesTheTable();
    void factorySearchValidationAndPaging();
    void authorizedAppsPerCluster();
    void authorizedAppsWaitingCheck();
    void statisticsMatchTheHistory();
    void statisticsValidation_data();
    void statisticsValidation();
    void statisticsFollowTheClock();
    void forbiddenFault();
    void otherFaultsOnTheNewPaths();
    void workspaceHeaderRequired();
    void rateClassesOfTheNewReads();

private:
    QJsonObject truth(const QString &bizId);
    QStringList entities(const QString &query);
    QJsonObject truthPair(const QString &api, const QString &instance);
    QJsonArray truthPairs(const QString &query);
    HttpResult search(const QJsonObject &body);
    HttpResult lineage(const QString &guid, const QueryItems &query);
    HttpResult dashboard(const QString &api, const QueryItems &query,
                         const QString &kind = L("apis-dashboards"));
    QStringList allTypeNames() const;
    qint64 today();

    SandboxProcess m_sandbox{
        {L("--tables"), L("300"), L("--apis"), L("150"), L("--clusters"), L("3"), L("--rate-limit"),
         L("off"), L("--user"), L("zhao_lei:ZLAK:ZLSK:developer"), L("--user"),
         L("chen_jing:CJAK:CJSK:developer"), L("--user"), L("liu_yang:LYAK:LYSK:developer")}};
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxImpact::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<SandboxClient>(m_sandbox);
}

QJsonObject TestSandboxImpact::truth(const QString &bizId)
{
    return m_client->controlJson("GET", L("/__sandbox/impact/entities/") + bizId);
}

QStringList TestSandboxImpact::entities(const QString &query)
{
    QStringList out;
    const QJsonArray ids = m_client->controlJson("GET", L("/__sandbox/impact/entities?") + query)
                               .value(L("biz_ids"))
                               .toArray();
    for (const QJsonValue &v : ids)
        out.append(v.toString());
    return out;
}

QJsonObject TestSandboxImpact::truthPair(const QString &api, const QString &instance)
{
    return m_client->controlJson("GET",
                                 L("/__sandbox/impact/pairs/") + api + QLatin1Char('/') + instance);
}

QJsonArray TestSandboxImpact::truthPairs(const QString &query)
{
    return m_client->controlJson("GET", L("/__sandbox/impact/pairs?") + query)
        .value(L("pairs"))
        .toArray();
}

QStringList TestSandboxImpact::allTypeNames() const
{
    return {L("dli_table"),     L("dws_table"),        L("hive_table"),
            L("postgre_table"), L("clickhouse_table"), L("doris_table")};
}

HttpResult TestSandboxImpact::search(const QJsonObject &body)
{
    return m_client->post(m_client->catalog(L("asset/entities/search")), compact(body));
}

HttpResult TestSandboxImpact::lineage(const QString &guid, const QueryItems &query)
{
    return m_client->get(m_client->catalog(L("entities/") + guid + L("/lineage")), query);
}

HttpResult TestSandboxImpact::dashboard(const QString &api, const QueryItems &query,
                                        const QString &kind)
{
    return m_client->get(m_client->ds(L("statistic/") + kind + QLatin1Char('/') + api), query);
}

qint64 TestSandboxImpact::today()
{
    const qint64 now =
        qint64(m_client->controlJson("GET", L("/__sandbox/time")).value(L("now_ms")).toDouble());
    return now / kDayMs * kDayMs;
}

void TestSandboxImpact::apisReadingATable()
{
    const QStringList readers = entities(L("has=readers&limit=8"));
    QVERIFY(readers.size() >= 5);
    for (const QString &id : readers) {
        const QJsonObject t = truth(id);
        const QString code = t.value(L("code")).toString();
        // Fuzzy and case-insensitive: the upper-cased tail of the code finds it too.
        const HttpResult r =
            m_client->get(m_client->ds(L("apis")),
                          {{L("table_name"), code.mid(4).toUpper()}, {L("limit"), L("100")}});
        QCOMPARE(r.status, 200);
        const QSet<QString> got = stringsOf(r.json().value(L("records")).toArray(), L("id"));
        const QSet<QString> want = stringsOf(t.value(L("readers")).toArray(), L("api_id"));
        QVERIFY(!want.isEmpty());
        QCOMPARE(got, want);
        QCOMPARE(r.json().value(L("total")).toInt(), int(want.size()));
    }
    for (const QString &id : entities(L("has=none&limit=3"))) {
        const HttpResult r = m_client->get(
            m_client->ds(L("apis")), {{L("table_name"), truth(id).value(L("code")).toString()}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(L("total")).toInt(), 0);
    }
}

void TestSandboxImpact::datasourceConfigOfOneApi()
{
    int scripts = 0;
    int configurations = 0;
    for (const QString &id : entities(L("has=readers&limit=40"))) {
        const QJsonObject t = truth(id);
        for (const QJsonValue &reader : t.value(L("readers")).toArray()) {
            const HttpResult r = m_client->get(
                m_client->ds(L("apis/") + reader.toObject().value(L("api_id")).toString()));
            QCOMPARE(r.status, 200);
            const QJsonObject api = r.json();
            const QJsonObject ds = api.value(L("datasource_config")).toObject();
            QCOMPARE(ds.value(L("datatable")).toString(), t.value(L("code")).toString());
            QCOMPARE(ds.value(L("database")).toString(), t.value(L("database")).toString());
            QVERIFY(QStringList({L("MYSQL"), L("DLI"), L("DWS"), L("HIVE"), L("HBASE")})
                        .contains(ds.value(L("type")).toString()));
            QVERIFY(!ds.value(L("connection_id")).toString().isEmpty());
            QVERIFY(!ds.value(L("connection_name")).toString().isEmpty());
            QCOMPARE(ds.value(L("table_id")).toString(),
                     L("Native-%1-%2-%3")
                         .arg(ds.value(L("connection_id")).toString(),
                              ds.value(L("database")).toString(),
                              ds.value(L("datatable")).toString()));
            const QString type = api.value(L("type")).toString();
            if (type == L("API_SPECIFIC_TYPE_SCRIPT")) {
                ++scripts;
                QCOMPARE(ds.value(L("access_type")).toString(), L("SCRIPT"));
                QVERIFY(ds.value(L("sql")).toString().contains(t.value(L("code")).toString()));
            } else {
                QCOMPARE(type, L("API_SPECIFIC_TYPE_CONFIGURATION"));
                ++configurations;
                QCOMPARE(ds.value(L("access_type")).toString(), L("CONFIGURAITON"));
            }
        }
    }
    QVERIFY(scripts > 0);
    QVERIFY(configurations > 0);

    // REGISTER APIs read no table.
    const HttpResult list =
        m_client->get(m_client->ds(L("apis")),
                      {{L("api_type"), L("API_SPECIFIC_TYPE_REGISTER")}, {L("limit"), L("5")}});
    const QJsonArray registers = list.json().value(L("records")).toArray();
    QVERIFY(!registers.isEmpty());
    for (const QJsonValue &v : registers) {
        const HttpResult r =
            m_client->get(m_client->ds(L("apis/") + v.toObject().value(L("id")).toString()));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().contains(L("datasource_config")));
    }
}

void TestSandboxImpact::catalogSearchFindsTheTable()
{
    for (const QString &id : entities(L("limit=6")) + entities(L("has=none&limit=2"))) {
        const QJsonObject t = truth(id);
        const QString code = t.value(L("code")).toString();
        const HttpResult r = search(QJsonObject{
            {L("query"), code.toUpper()},
            {L("type_names"), QJsonArray::fromStringList(allTypeNames())},
            {L("limit"), 10},
        });
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.json();
        QVERIFY(body.contains(L("scroll_id")));
        const QJsonArray found = body.value(L("entities")).toArray();
        QCOMPARE(body.value(L("count")).toInt(), 1);
        QCOMPARE(found.size(), 1);
        const QJsonObject e = found.at(0).toObject();
        QCOMPARE(e.value(L("guid")).toString(), t.value(L("catalog_guid")).toString());
        QCOMPARE(e.value(L("display_text")).toString(), code);
        QCOMPARE(e.value(L("type_name")).toString(), t.value(L("catalog_type_name")).toString());
        QCOMPARE(e.value(L("attributes")).toObject().value(L("database")).toString(),
                 t.value(L("database")).toString());
        const QJsonObject connection = e.value(L("connection")).toObject();
        for (const char *field :
             {"guid", "display_text", "type_name", "connection_type", "qualified_name"})
            QVERIFY2(!connection.value(L(field)).toString().isEmpty(), field);
        QVERIFY(e.value(L("tags")).isArray());
        QVERIFY(e.value(L("classification_names")).isArray());

        // Another type only: not found.
        QStringList others = allTypeNames();
        others.removeAll(t.value(L("catalog_type_name")).toString());
        const HttpResult none = search(
            QJsonObject{{L("query"), code}, {L("type_names"), QJsonArray::fromStringList(others)}});
        QCOMPARE(none.json().value(L("count")).toInt(), 0);
    }

    // A keyword matching many: count is the total, limit and offset page it.
    const QJsonObject broad{{L("query"), L("_0")},
                            {L("type_names"), QJsonArray::fromStringList(allTypeNames())},
                            {L("limit"), 5}};
    const HttpResult first = search(broad);
    const int count = first.json().value(L("count")).toInt();
    QVERIFY(count > 50);
    QJsonObject shifted = broad;
    shifted.insert(L("offset"), 3);
    const HttpResult second = search(shifted);
    QCOMPARE(second.json().value(L("count")).toInt(), count);
    QCOMPARE(second.json().value(L("entities")).toArray().at(0).toObject().value(L("guid")),
             first.json().value(L("entities")).toArray().at(3).toObject().value(L("guid")));
}

void TestSandboxImpact::catalogSearchValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("no query") << QByteArray(R"({"type_names":["dli_table"]})") << L("query");
    QTest::newRow("query not a string")
        << QByteArray(R"({"query":3,"type_names":["dli_table"]})") << L("query");
    QTest::newRow("no type_names") << QByteArray(R"({"query":"sales"})") << L("type_names");
    QTest::newRow("empty type_names")
        << QByteArray(R"({"query":"sales","type_names":[]})") << L("type_names");
    QTest::newRow("type_names not strings")
        << QByteArray(R"({"query":"sales","type_names":[1]})") << L("type_names");
    QTest::newRow("limit 0") << QByteArray(R"({"query":"sales","type_names":["dli_table"],)"
                                           R"("limit":0})")
                             << L("limit");
    QTest::newRow("limit 101") << QByteArray(R"({"query":"sales","type_names":["dli_table"],)"
                                             R"("limit":101})")
                               << L("limit");
    QTest::newRow("negative offset")
        << QByteArray(R"({"query":"sales","type_names":["dli_table"],"offset":-1})") << L("offset");
}

void TestSandboxImpact::catalogSearchValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const HttpResult r = m_client->post(m_client->catalog(L("asset/entities/search")), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), L("DLG.1000"));
    QVERIFY2(r.errorMessage().contains(field), qPrintable(r.errorMessage()));
}

void TestSandboxImpact::lineageFollowsTheDepth()
{
    const QStringList deep = entities(L("has=lineage&min_depth=3&limit=3"));
    QVERIFY2(!deep.isEmpty(), "the seed has no lineage deeper than 2");
    for (const QString &id : deep) {
        const QJsonObject t = truth(id);
        const QString base = t.value(L("catalog_guid")).toString();
        const QJsonArray downstream = t.value(L("downstream")).toArray();
        for (int depth : {1, 2, 5}) {
            const HttpResult r =
                lineage(base, {{L("direction"), L("OUT")}, {L("depth"), QString::number(depth)}});
            QCOMPARE(r.status, 200);
            const QJsonObject body = r.json();
            QCOMPARE(body.value(L("base_entity_guid")).toString(), base);
            QVERIFY(body.value(L("referred_entities")).isObject());
            const QJsonObject map = body.value(L("guid_entity_map")).toObject();
            QSet<QString> want{base};
            for (const QJsonValue &d : downstream) {
                if (d.toObject().value(L("depth")).toInt() <= depth)
                    want.insert(d.toObject().value(L("guid")).toString());
            }
            const QStringList keys = map.keys();
            QCOMPARE(QSet<QString>(keys.begin(), keys.end()), want);
            for (const QJsonValue &d : downstream) {
                const QJsonObject o = d.toObject();
                if (o.value(L("depth")).toInt() > depth)
                    continue;
                const QJsonObject header = map.value(o.value(L("guid")).toString()).toObject();
                QCOMPARE(header.value(L("display_text")).toString(), o.value(L("name")).toString());
                QCOMPARE(header.value(L("type_name")).toString(),
                         o.value(L("type_name")).toString());
            }
            // Every relation joins two nodes of the map, and every node but the base is
            // reached by one.
            QSet<QString> reached{base};
            for (const QJsonValue &v : body.value(L("relations")).toArray()) {
                const QJsonObject rel = v.toObject();
                QVERIFY(map.contains(rel.value(L("from_entity_id")).toString()));
                QVERIFY(map.contains(rel.value(L("to_entity_id")).toString()));
                QVERIFY(!rel.value(L("relationship_id")).toString().isEmpty());
                reached.insert(rel.value(L("to_entity_id")).toString());
            }
            QCOMPARE(reached, want);
        }
        // The default depth is 5.
        const HttpResult byDefault = lineage(base, {{L("direction"), L("OUT")}});
        const HttpResult five = lineage(base, {{L("direction"), L("OUT")}, {L("depth"), L("5")}});
        QCOMPARE(byDefault.json().value(L("guid_entity_map")).toObject().keys(),
                 five.json().value(L("guid_entity_map")).toObject().keys());
    }
}

void TestSandboxImpact::lineageDirectionsAndErrors()
{
    // A table with upstream lineage only appears downstream of its source: IN from the
    // target finds the source, OUT from the target does not.
    const QString source = entities(L("has=lineage&limit=1")).value(0);
    const QJsonObject t = truth(source);
    QJsonObject firstTable;
    for (const QJsonValue &d : t.value(L("downstream")).toArray()) {
        if (d.toObject().value(L("type_name")).toString() != L("dlf_process")) {
            firstTable = d.toObject();
            break;
        }
    }
    QVERIFY(!firstTable.isEmpty());
    const QString target = firstTable.value(L("guid")).toString();
    const HttpResult in = lineage(target, {{L("direction"), L("IN")}, {L("depth"), L("1")}});
    QCOMPARE(in.status, 200);
    QVERIFY(in.json()
                .value(L("guid_entity_map"))
                .toObject()
                .contains(t.value(L("catalog_guid")).toString()));
    const HttpResult both = lineage(target, {});
    QVERIFY(both.json()
                .value(L("guid_entity_map"))
                .toObject()
                .contains(t.value(L("catalog_guid")).toString()));
    const HttpResult out = lineage(target, {{L("direction"), L("OUT")}});
    QVERIFY(!out.json()
                 .value(L("guid_entity_map"))
                 .toObject()
                 .contains(t.value(L("catalog_guid")).toString()));

    // No lineage: the base alone.
    for (const QString &id : entities(L("has=none&limit=2"))) {
        const HttpResult r =
            lineage(truth(id).value(L("catalog_guid")).toString(), {{L("direction"), L("OUT")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(L("guid_entity_map")).toObject().size(), 1);
        QCOMPARE(r.json().value(L("relations")).toArray().size(), 0);
    }

    const QString guid = t.value(L("catalog_guid")).toString();
    const HttpResult badDirection = lineage(guid, {{L("direction"), L("DOWN")}});
    QCOMPARE(badDirection.status, 400);
    QVERIFY(badDirection.errorMessage().contains(L("direction")));
    const HttpResult badDepth = lineage(guid, {{L("depth"), L("0")}});
    QCOMPARE(badDepth.status, 400);
    QVERIFY(badDepth.errorMessage().contains(L("depth")));
    QString unknown = guid;
    unknown[0] = unknown.at(0) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    for (const QString &g : {unknown, L("not-a-guid")}) {
        const HttpResult r = lineage(g, {});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), L("DLG.3903"));
        QVERIFY(!r.errorMessage().isEmpty());
    }
}

void TestSandboxImpact::factorySearchNamesTheTable()
{
    const QStringList named = entities(L("has=factory&limit=10"));
    QVERIFY(named.size() >= 5);
    bool sawNode = false;
    bool sawScript = false;
    for (const QString &id : named) {
        const QJsonObject t = truth(id);
        const HttpResult r = m_client->get(
            m_client->factory(L("search")),
            {{L("search_text"), t.value(L("code")).toString()}, {L("limit"), L("100")}});
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.json();
        const QJsonArray details = body.value(L("search_details")).toArray();
        QCOMPARE(stringsOf(details, L("id")), stringsOf(t.value(L("factory")).toArray(), L("id")));
        QCOMPARE(body.value(L("total_hits")).toInt(), t.value(L("factory")).toArray().size());
        QCOMPARE(body.value(L("limit")).toInt(), 100);
        QCOMPARE(body.value(L("offset")).toInt(), 0);
        for (const QJsonValue &v : details) {
            const QJsonObject d = v.toObject();
            QCOMPARE(d.value(L("workspace")).toString(), m_sandbox.workspace());
            QVERIFY(!d.value(L("workspace_name")).toString().isEmpty());
            QVERIFY(!d.value(L("owner")).toString().isEmpty());
            QVERIFY(d.value(L("last_modified_time")).toInteger() > 0);
            if (d.value(L("doc_type")).toString() == L("node")) {
                sawNode = true;
                for (const char *f : {"job_id", "job_name", "job_type", "node_name", "node_type"})
                    QVERIFY2(!d.value(L(f)).toString().isEmpty(), f);
            } else {
                QCOMPARE(d.value(L("doc_type")).toString(), L("script"));
                sawScript = true;
                for (const char *f : {"script_id", "script_name", "script_type"})
                    QVERIFY2(!d.value(L(f)).toString().isEmpty(), f);
            }
        }
        // doc_types filters.
        const HttpResult scripts = m_client->get(
            m_client->factory(L("search")),
            {{L("search_text"), t.value(L("code")).toString()}, {L("doc_types"), L("script")}});
        for (const QJsonValue &v : scripts.json().value(L("search_details")).toArray())
            QCOMPARE(v.toObject().value(L("doc_type")).toString(), L("script"));
    }
    QVERIFY(sawNode);
    QVERIFY(sawScript);
    for (const QString &id : entities(L("has=none&limit=2"))) {
        const HttpResult r =
            m_client->get(m_client->factory(L("search")),
                          {{L("search_text"), truth(id).value(L("code")).toString()}});
        QCOMPARE(r.json().value(L("total_hits")).toInt(), 0);
    }
}

void TestSandboxImpact::factorySearchValidationAndPaging()
{
    for (const QueryItems &q :
         {QueryItems{}, QueryItems{{L("search_text"), L("a")}},
          QueryItems{{L("search_text"), L("insert")}, {L("limit"), L("0")}},
          QueryItems{{L("search_text"), L("insert")}, {L("limit"), L("101")}},
          QueryItems{{L("search_text"), L("insert")}, {L("offset"), L("-1")}},
          QueryItems{{L("search_text"), L("insert")}, {L("doc_types"), L("job")}}}) {
        const HttpResult r = m_client->get(m_client->factory(L("search")), q);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), L("DLF.1000"));
        const QString field = q.size() < 2 ? L("search_text") : q.at(1).first;
        QVERIFY2(r.errorMessage().contains(field), qPrintable(r.errorMessage()));
    }
    // offset is a record offset.
    const HttpResult first = m_client->get(m_client->factory(L("search")),
                                           {{L("search_text"), L("insert")}, {L("limit"), L("5")}});
    const HttpResult shifted = m_client->get(
        m_client->factory(L("search")),
        {{L("search_text"), L("insert")}, {L("limit"), L("2")}, {L("offset"), L("3")}});
    QCOMPARE(first.status, 200);
    QVERIFY(first.json().value(L("total_hits")).toInt() > 5);
    QCOMPARE(shifted.json().value(L("offset")).toInt(), 3);
    QCOMPARE(shifted.json().value(L("search_details")).toArray().at(0).toObject().value(L("id")),
             first.json().value(L("search_details")).toArray().at(3).toObject().value(L("id")));
}

void TestSandboxImpact::authorizedAppsPerCluster()
{
    const QJsonArray pairs = truthPairs(L("apps=yes&limit=6"));
    QVERIFY(pairs.size() >= 3);
    for (const QJsonValue &pv : pairs) {
        const QString api = pv.toObject().value(L("api_id")).toString();
        // Every app x cluster of the API, from the ground truth of each of its pairs.
        QHash<QString, QJsonObject> want;
        for (const QJsonValue &c :
             m_client->get(m_client->ds(L("instances"))).json().value(L("instances")).toArray()) {
            const QString instance = c.toObject().value(L("id")).toString();
            for (const QJsonValue &a : truthPair(api, instance).value(L("apps")).toArray()) {
                QJsonObject o = a.toObject();
                o.insert(L("instance_id"), instance);
                want.insert(o.value(L("app_id")).toString() + QLatin1Char('@') + instance, o);
            }
        }
        const HttpResult r =
            m_client->get(m_client->ds(L("authorize/apis/") + api), {{L("limit"), L("100")}});
        QCOMPARE(r.status, 200);
        const QJsonArray records = r.json().value(L("records")).toArray();
        QCOMPARE(r.json().value(L("total")).toInt(), int(want.size()));
        QCOMPARE(records.size(), int(want.size()));
        for (const QJsonValue &v : records) {
            const QJsonObject rec = v.toObject();
            const QString key = rec.value(L("app_id")).toString() + QLatin1Char('@') +
                                rec.value(L("instance_id")).toString();
            QVERIFY2(want.contains(key), qPrintable(key));
            const QJsonObject w = want.value(key);
            QCOMPARE(rec.value(L("app_name")), w.value(L("app_name")));
            QCOMPARE(rec.value(L("api_using_time")).toInteger(),
                     w.value(L("api_using_time")).toInteger());
            QCOMPARE(rec.value(L("approval_time")).toInteger(),
                     w.value(L("approval_time")).toInteger());
            QCOMPARE(rec.value(L("relationship_type")), w.value(L("relationship_type")));
            QVERIFY(!rec.value(L("instance_name")).toString().isEmpty());
            QVERIFY(rec.value(L("static_params")).isArray());
        }
        // Paging, and offset >= total answers the first page again.
        const HttpResult page = m_client->get(m_client->ds(L("authorize/apis/") + api),
                                              {{L("limit"), L("1")}, {L("offset"), L("0")}});
        QCOMPARE(page.json().value(L("records")).toArray().size(), 1);
        const HttpResult beyond =
            m_client->get(m_client->ds(L("authorize/apis/") + api),
                          {{L("limit"), L("1")}, {L("offset"), QString::number(want.size() + 3)}});
        QCOMPARE(beyond.json().value(L("records")), page.json().value(L("records")));
    }
    const HttpResult unknown =
        m_client->get(m_client->ds(L("authorize/apis/0123456789abcdef0123456789abcdef")));
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.errorCode(), L("DLM.4018"));
    const HttpResult badLimit = m_client->get(
        m_client->ds(L("authorize/apis/") + pairs.at(0).toObject().value(L("api_id")).toString()),
        {{L("limit"), L("0")}});
    QCOMPARE(badLimit.status, 400);
    QCOMPARE(badLimit.errorCode(), L("DLS.1000"));
}

void TestSandboxImpact::authorizedAppsWaitingCheck()
{
    // A pair with its notice running: every app waits for its check until its owner
    // confirms the message; then that app is LINKED again, the others still wait.
    QJsonObject p;
    for (const QString &status : {L("WAITING_STOP"), L("WAITING_OFFLINE")}) {
        for (const QJsonValue &v : truthPairs(L("apps=yes&limit=50&status=") + status)) {
            if (v.toObject().value(L("apps")).toArray().size() >= 2) {
                p = v.toObject();
                break;
            }
        }
        if (!p.isEmpty())
            break;
    }
    QVERIFY(!p.isEmpty());
    const QString api = p.value(L("api_id")).toString();
    const QString instance = p.value(L("instance_id")).toString();
    const auto typesOnCluster = [&] {
        QHash<QString, QString> out;
        const HttpResult r =
            m_client->get(m_client->ds(L("authorize/apis/") + api), {{L("limit"), L("100")}});
        for (const QJsonValue &v : r.json().value(L("records")).toArray()) {
            if (v.toObject().value(L("instance_id")).toString() == instance)
                out.insert(v.toObject().value(L("app_id")).toString(),
                           v.toObject().value(L("relationship_type")).toString());
        }
        return out;
    };
    const QHash<QString, QString> before = typesOnCluster();
    QCOMPARE(before.size(), p.value(L("apps")).toArray().size());
    for (const QString &type : before)
        QCOMPARE(type, L("OFFLINE_WAITING_CHECK"));

    // The first message, confirmed by its receiver (the app's owner).
    const QJsonObject pending = m_client->pair(api, instance).value(L("pending")).toObject();
    const QJsonObject message = pending.value(L("records")).toArray().at(0).toObject();
    const QString receiver = message.value(L("receiver")).toString();
    static const QHash<QString, QPair<QString, QByteArray>> keys = {
        {L("zhao_lei"), {L("ZLAK"), "ZLSK"}},
        {L("chen_jing"), {L("CJAK"), "CJSK"}},
        {L("liu_yang"), {L("LYAK"), "LYSK"}},
        {L("sandbox_admin"), {m_sandbox.accessKey(), m_sandbox.secretKey()}}};
    QVERIFY2(keys.contains(receiver), qPrintable(receiver));
    m_client->setCredentials(keys.value(receiver).first, keys.value(receiver).second);
    const HttpResult confirm =
        m_client->post(m_client->ds(L("messages")),
                       compact(QJsonObject{{L("message_id"), message.value(L("id")).toString()},
                                           {L("action"), 0}}));
    m_client->setCredentials(m_sandbox.accessKey(), m_sandbox.secretKey());
    QVERIFY2(confirm.status == 200 || confirm.status == 204, confirm.body.constData());

    const QJsonObject truthAfter = truthPair(api, instance);
    const QHash<QString, QString> after = typesOnCluster();
    int linked = 0;
    for (const QJsonValue &a : truthAfter.value(L("apps")).toArray()) {
        const QString id = a.toObject().value(L("app_id")).toString();
        QCOMPARE(after.value(id), a.toObject().value(L("relationship_type")).toString());
        linked += after.value(id) == L("LINKED") ? 1 : 0;
    }
    QCOMPARE(linked, 1);
}

void TestSandboxImpact::statisticsMatchTheHistory()
{
    const qint64 day0 = today();
    int checked = 0;
    for (const QString &calls : {L("recent"), L("old"), L("none")}) {
        const QJsonArray pairs = truthPairs(L("calls=") + calls + L("&limit=3"));
        QVERIFY2(!pairs.isEmpty(), qPrintable(calls));
        for (const QJsonValue &pv : pairs) {
            const QJsonObject t = pv.toObject();
            const QString api = t.value(L("api_id")).toString();
            const QString instance = t.value(L("instance_id")).toString();
            const qint64 start = day0 - 29 * kDayMs;
            const qint64 end = day0 + kDayMs - 1;
            const HttpResult r = dashboard(api, {{L("start_time"), QString::number(start)},
                                                 {L("end_time"), QString::number(end)},
                                                 {L("time_unit"), L("DAY")},
                                                 {L("instance_id"), instance}});
            QCOMPARE(r.status, 200);
            const QJsonArray buckets = r.json().value(L("dashboards")).toArray();
            const QJsonArray daily = t.value(L("daily")).toArray();
            QCOMPARE(buckets.size(), 30);
            QCOMPARE(daily.size(), 30);
            for (int i = 0; i < 30; ++i) {
                const QJsonObject b = buckets.at(i).toObject();
                const QJsonObject d = daily.at(i).toObject();
                QCOMPARE(b.value(L("log_time")).toInteger(), d.value(L("day_ms")).toInteger());
                QCOMPARE(b.value(L("call_num")).toInteger(), d.value(L("calls")).toInteger());
                QCOMPARE(b.value(L("fail_num")).toInteger(), d.value(L("failed")).toInteger());
                QCOMPARE(b.value(L("success_num")).toInteger() + b.value(L("fail_num")).toInteger(),
                         b.value(L("call_num")).toInteger());
                QCOMPARE(b.value(L("legal_num")).toInteger() +
                             b.value(L("illegal_num")).toInteger(),
                         b.value(L("call_num")).toInteger());
            }
            for (const auto &[days, field] :
                 {std::pair{7, L("calls_7d")}, std::pair{30, L("calls_30d")}}) {
                const HttpResult detail =
                    dashboard(api,
                              {{L("start_time"), QString::number(day0 - (days - 1) * kDayMs)},
                               {L("end_time"), QString::number(end)},
                               {L("time_unit"), L("DAY")},
                               {L("instance_id"), instance}},
                              L("apis-detail"));
                QCOMPARE(detail.status, 200);
                const QJsonObject want = t.value(field).toObject();
                QCOMPARE(detail.json().value(L("call_num")).toInteger(),
                         want.value(L("total")).toInteger());
                QCOMPARE(detail.json().value(L("fail_num")).toInteger(),
                         want.value(L("failed")).toInteger());
                QCOMPARE(detail.json().value(L("id")).toString(), api);
            }
            if (calls == L("recent"))
                QVERIFY(t.value(L("calls_7d")).toObject().value(L("total")).toInteger() > 0);
            if (calls == L("old")) {
                QCOMPARE(t.value(L("calls_7d")).toObject().value(L("total")).toInteger(), 0);
                QVERIFY(t.value(L("last_call_day_ms")).toInteger() < day0 - 6 * kDayMs);
            }
            if (calls == L("none"))
                QVERIFY(t.value(L("last_call_day_ms")).isNull());
            // Hours add up to the day.
            const qint64 busiest = daily.at(29).toObject().value(L("calls")).toInteger();
            const HttpResult hours = dashboard(api, {{L("start_time"), QString::number(day0)},
                                                     {L("end_time"), QString::number(end)},
                                                     {L("time_unit"), L("HOUR")},
                                                     {L("instance_id"), instance}});
            const QJsonArray hourly = hours.json().value(L("dashboards")).toArray();
            QCOMPARE(hourly.size(), 24);
            qint64 sum = 0;
            for (int h = 0; h < 24; ++h) {
                QCOMPARE(hourly.at(h).toObject().value(L("log_time")).toInteger(),
                         day0 + h * 3600000LL);
                sum += hourly.at(h).toObject().value(L("call_num")).toInteger();
            }
            QCOMPARE(sum, busiest);
            ++checked;
        }
    }
    QVERIFY(checked >= 3);

    // Without instance_id: every cluster of the API together.
    const QJsonObject t = truthPairs(L("calls=recent&limit=1")).at(0).toObject();
    const QString api = t.value(L("api_id")).toString();
    qint64 want = 0;
    for (const QJsonValue &c :
         m_client->get(m_client->ds(L("instances"))).json().value(L("instances")).toArray())
        want += truthPair(api, c.toObject().value(L("id")).toString())
                    .value(L("calls_30d"))
                    .toObject()
                    .value(L("total"))
                    .toInteger();
    const HttpResult all = dashboard(api,
                                     {{L("start_time"), QString::number(day0 - 29 * kDayMs)},
                                      {L("end_time"), QString::number(day0 + kDayMs - 1)},
                                      {L("time_unit"), L("DAY")}},
                                     L("apis-detail"));
    QCOMPARE(all.json().value(L("call_num")).toInteger(), want);
}

void TestSandboxImpact::statisticsValidation_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    for (const QString &kind : {L("apis-dashboards"), L("apis-detail")}) {
        const QByteArray k = kind.toLatin1();
        QTest::newRow(QByteArray(k + " no start").constData())
            << kind << L("end_time=1700000000000&time_unit=DAY") << L("DLS.1000")
            << L("start_time");
        QTest::newRow(QByteArray(k + " no end").constData())
            << kind << L("start_time=1700000000000&time_unit=DAY") << L("DLS.1000")
            << L("end_time");
        QTest::newRow(QByteArray(k + " seconds").constData())
            << kind
            << L("start_time=1700000000&end_time=1700000000000&time_"
                 "unit=DAY")
            << L("DLS.1000") << L("start_time");
        QTest::newRow(QByteArray(k + " no unit").constData())
            << kind << L("start_time=1700000000000&end_time=1700000000000") << L("DLS.1000")
            << L("time_unit");
        QTest::newRow(QByteArray(k + " bad unit").constData())
            << kind << L("start_time=1700000000000&end_time=1700000000000&time_unit=WEEK")
            << L("DLS.1000") << L("time_unit");
        QTest::newRow(QByteArray(k + " reversed").constData())
            << kind << L("start_time=1700000000000&end_time=1600000000000&time_unit=DAY")
            << L("DLS.1000") << L("end_time");
        QTest::newRow(QByteArray(k + " unknown cluster").constData())
            << kind
            << L("start_time=1700000000000&end_time=1700000000000&time_unit=DAY&instance_id=x")
            << L("DLM.4215") << L("x");
    }
}

void TestSandboxImpact::statisticsValidation()
{
    QFETCH(QString, kind);
    QFETCH(QString, query);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const QString api = truthPairs(L("limit=1")).at(0).toObject().value(L("api_id")).toString();
    QueryItems items;
    for (const QString &part : query.split(QLatin1Char('&'))) {
        const int eq = int(part.indexOf(QLatin1Char('=')));
        items.append({part.left(eq), part.mid(eq + 1)});
    }
    const HttpResult r = dashboard(api, items, kind);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), code);
    QVERIFY2(r.errorMessage().contains(field), qPrintable(r.errorMessage()));

    const HttpResult unknown = dashboard(L("0123456789abcdef0123456789abcdef"), items, kind);
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.errorCode(), L("DLM.4018"));
}

void TestSandboxImpact::statisticsFollowTheClock()
{
    QJsonObject busy;
    for (const QJsonValue &v : truthPairs(L("calls=recent&status=PUBLISHED&limit=50"))) {
        if (v.toObject().value(L("profile")).toString() == L("busy")) {
            busy = v.toObject();
            break;
        }
    }
    QVERIFY(!busy.isEmpty());
    const QJsonObject old = truthPairs(L("calls=old&limit=1")).at(0).toObject();
    const QString api = busy.value(L("api_id")).toString();
    const QString instance = busy.value(L("instance_id")).toString();
    const qint64 day0 = today();
    const QJsonArray before = busy.value(L("daily")).toArray();

    m_client->advance(2 * 86400);
    QCOMPARE(today(), day0 + 2 * kDayMs);

    const QJsonObject after = truthPair(api, instance);
    const QJsonArray daily = after.value(L("daily")).toArray();
    // The same past, two days further on: old days keep their counts, and the two new
    // days have calls.
    for (int i = 0; i < 28; ++i)
        QCOMPARE(daily.at(i).toObject(), before.at(i + 2).toObject());
    QVERIFY(daily.at(28).toObject().value(L("calls")).toInteger() > 0);
    QVERIFY(daily.at(29).toObject().value(L("calls")).toInteger() > 0);
    QCOMPARE(after.value(L("last_call_day_ms")).toInteger(), day0 + 2 * kDayMs);

    const HttpResult r = dashboard(api, {{L("start_time"), QString::number(day0 - 27 * kDayMs)},
                                         {L("end_time"), QString::number(day0 + 3 * kDayMs - 1)},
                                         {L("time_unit"), L("DAY")},
                                         {L("instance_id"), instance}});
    QCOMPARE(r.status, 200);
    const QJsonArray buckets = r.json().value(L("dashboards")).toArray();
    QCOMPARE(buckets.size(), 30);
    for (int i = 0; i < 30; ++i) {
        QCOMPARE(buckets.at(i).toObject().value(L("log_time")).toInteger(),
                 daily.at(i).toObject().value(L("day_ms")).toInteger());
        QCOMPARE(buckets.at(i).toObject().value(L("call_num")).toInteger(),
                 daily.at(i).toObject().value(L("calls")).toInteger());
    }
    // Days after today have no calls yet.
    const HttpResult future = dashboard(api,
                                        {{L("start_time"), QString::number(day0 + 3 * kDayMs)},
                                         {L("end_time"), QString::number(day0 + 5 * kDayMs)},
                                         {L("time_unit"), L("DAY")},
                                         {L("instance_id"), instance}},
                                        L("apis-detail"));
    QCOMPARE(future.json().value(L("call_num")).toInteger(), 0);

    // An old pair stays old.
    const QJsonObject oldAfter =
        truthPair(old.value(L("api_id")).toString(), old.value(L("instance_id")).toString());
    QCOMPARE(oldAfter.value(L("calls_7d")).toObject().value(L("total")).toInteger(), 0);
    QCOMPARE(oldAfter.value(L("last_call_day_ms")), old.value(L("last_call_day_ms")));
}

void TestSandboxImpact::forbiddenFault()
{
    const QJsonObject t = truth(entities(L("has=lineage&limit=1")).value(0));
    const QString guid = t.value(L("catalog_guid")).toString();
    m_client->queueFault(L("forbidden"), L("/lineage$"));
    const HttpResult refused = lineage(guid, {});
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.errorCode(), L("DLG.0403"));
    QVERIFY(!refused.errorMessage().isEmpty());
    QCOMPARE(lineage(guid, {}).status, 200); // one fault, then normal again

    const QJsonObject p = truthPairs(L("calls=recent&limit=1")).at(0).toObject();
    const QString api = p.value(L("api_id")).toString();
    const QueryItems range{{L("start_time"), L("1700000000000")},
                           {L("end_time"), L("1700000000000")},
                           {L("time_unit"), L("DAY")}};
    m_client->queueFault(L("forbidden"), L("/statistic/"), 2);
    for (const QString &kind : {L("apis-dashboards"), L("apis-detail")}) {
        const HttpResult r = dashboard(api, range, kind);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), L("DLM.0403"));
    }
    m_client->queueFault(L("forbidden"), L("/factory/search$"));
    const HttpResult factory =
        m_client->get(m_client->factory(L("search")), {{L("search_text"), L("insert")}});
    QCOMPARE(factory.status, 403);
    QCOMPARE(factory.errorCode(), L("DLF.0403"));

    // Chinese when asked for.
    m_client->queueFault(L("forbidden"), L("/authorize/apis/"));
    m_client->setExtraHeader("X-Language", "zh-cn");
    const HttpResult zh = m_client->get(m_client->ds(L("authorize/apis/") + api));
    m_client->setExtraHeader("X-Language", {});
    QCOMPARE(zh.status, 403);
    QCOMPARE(zh.errorCode(), L("DLM.0403"));
    QVERIFY(zh.errorMessage().contains(QStringLiteral("权限")));

    const QJsonObject injected =
        m_client->controlJson("GET", L("/__sandbox/faults")).value(L("injected")).toObject();
    QCOMPARE(injected.value(L("forbidden")).toInt(), 5);
}

void TestSandboxImpact::otherFaultsOnTheNewPaths()
{
    const QJsonObject t = truth(entities(L("has=lineage&limit=1")).value(0));
    const QJsonObject body{{L("query"), t.value(L("code")).toString()},
                           {L("type_names"), QJsonArray::fromStringList(allTypeNames())}};
    m_client->queueFault(L("fail"), L("/asset/entities/search$"));
    QCOMPARE(search(body).status, 503);
    m_client->queueFault(L("fail-500"), L("/asset/entities/search$"));
    const HttpResult internal = search(body);
    QCOMPARE(internal.status, 500);
    QCOMPARE(internal.errorCode(), L("DLG.1000"));
    // A reset (QNetworkAccessManager retries an idempotent GET once on a reset
    // connection, so the request log tells what happened).
    m_client->queueFault(L("reset"), L("/lineage$"));
    lineage(t.value(L("catalog_guid")).toString(), {});
    const QJsonArray logged =
        m_client->controlJson("GET", L("/__sandbox/requests?path=/lineage$&limit=2"))
            .value(L("requests"))
            .toArray();
    QVERIFY(!logged.isEmpty());
    QStringList outcomes;
    for (const QJsonValue &v : logged)
        outcomes.append(v.toObject().value(L("outcome")).toString());
    QVERIFY2(outcomes.contains(L("reset")), qPrintable(outcomes.join(L(","))));
    m_client->queueFault(L("malformed"), L("/factory/search$"));
    const HttpResult malformed = m_client->get(m_client->factory(L("search")),
                                               {{L("search_text"), t.value(L("code")).toString()}});
    QCOMPARE(malformed.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(malformed.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    m_client->queueFault(L("throttle"), L("/statistic/"));
    const HttpResult throttled =
        dashboard(t.value(L("code")).toString(), {{L("start_time"), L("1700000000000")},
                                                  {L("end_time"), L("1700000000000")},
                                                  {L("time_unit"), L("DAY")}});
    QCOMPARE(throttled.status, 429);
    // And all is well afterwards.
    QCOMPARE(search(body).status, 200);
}

void TestSandboxImpact::workspaceHeaderRequired()
{
    m_client->setWorkspace(QString());
    const HttpResult catalog = search(
        QJsonObject{{L("query"), L("sales")}, {L("type_names"), QJsonArray{L("dli_table")}}});
    const HttpResult factory =
        m_client->get(m_client->factory(L("search")), {{L("search_text"), L("sales")}});
    const HttpResult apps =
        m_client->get(m_client->ds(L("authorize/apis/0123456789abcdef0123456789abcdef")));
    m_client->setWorkspace(m_sandbox.workspace());
    QCOMPARE(catalog.status, 400);
    QCOMPARE(catalog.errorCode(), L("DLG.0818"));
    QCOMPARE(factory.status, 400);
    QCOMPARE(factory.errorCode(), L("DLG.0818"));
    QCOMPARE(apps.status, 400);
    QCOMPARE(apps.errorCode(), L("DLM.4001"));

    // Unsigned: 401.
    m_client->setCredentials(m_sandbox.accessKey(), "wrong-secret");
    const HttpResult unsigned_ =
        m_client->get(m_client->factory(L("search")), {{L("search_text"), L("sales")}});
    m_client->setCredentials(m_sandbox.accessKey(), m_sandbox.secretKey());
    QCOMPARE(unsigned_.status, 401);
}

void TestSandboxImpact::rateClassesOfTheNewReads()
{
    // Every bucket 3 per minute: the catalog, Factory and DataService buckets are apart.
    SandboxProcess limited{
        {L("--tables"), L("50"), L("--apis"), L("20"), L("--rate-limit"), L("3/60")}};
    QVERIFY2(limited.start(), qPrintable(limited.errorString()));
    SandboxClient client(limited);
    const QByteArray body = R"({"query":"sales","type_names":["dli_table"]})";
    const QString guid = L("00000000-0000-0000-0000-000000000000");
    // Catalog: search and lineage share a bucket.
    QCOMPARE(client.post(client.catalog(L("asset/entities/search")), body).status, 200);
    QCOMPARE(client.post(client.catalog(L("asset/entities/search")), body).status, 200);
    QCOMPARE(client.get(client.catalog(L("entities/") + guid + L("/lineage"))).status, 404);
    QCOMPARE(client.post(client.catalog(L("asset/entities/search")), body).status, 429);
    // Factory has its own.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(client.get(client.factory(L("search")), {{L("search_text"), L("sales")}}).status,
                 200);
    QCOMPARE(client.get(client.factory(L("search")), {{L("search_text"), L("sales")}}).status, 429);
    // The DataService reads share the DataService bucket.
    const QString api = L("0123456789abcdef0123456789abcdef");
    const QueryItems range{{L("start_time"), L("1700000000000")},
                           {L("end_time"), L("1700000000000")},
                           {L("time_unit"), L("DAY")}};
    QCOMPARE(client.get(client.ds(L("apis")), {{L("table_name"), L("sales")}}).status, 200);
    QCOMPARE(client.get(client.ds(L("authorize/apis/") + api)).status, 400);
    QCOMPARE(client.get(client.ds(L("statistic/apis-dashboards/") + api), range).status, 400);
    QCOMPARE(client.get(client.ds(L("statistic/apis-detail/") + api), range).status, 429);
    const QJsonObject byClass =
        client.stats().value(L("throttled")).toObject().value(L("by_class")).toObject();
    QCOMPARE(byClass.value(L("catalog_read")).toInt(), 1);
    QCOMPARE(byClass.value(L("factory_read")).toInt(), 1);
    QCOMPARE(byClass.value(L("dataservice")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestSandboxImpact)
#include "tst_sandbox_impact.moc"
