// The impact reads' decoders and the report's verdicts, without a server: the lineage walk
// (direction, depth, cycles), the aliases the SDK and Terraform disagree on, and "no impact"
// kept apart from "could not be checked".
#include "dto/AuthorizedApp.h"
#include "dto/CallBucket.h"
#include "dto/CatalogEntity.h"
#include "dto/Envelopes.h"
#include "dto/FactoryHit.h"
#include "dto/LineageGraph.h"
#include "impact/ImpactReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dataarts;

class TestImpactDecoders : public QObject
{
    Q_OBJECT

private slots:
    void lineageWalksDownstreamWithinDepth()
    {
        // base -> job1 -> t2 -> job2 -> t3, and t2 -> base (a cycle), and up -> base (upstream).
        const QByteArray body = R"({"base_entity_guid":"g0",
            "guid_entity_map":{
              "g0":{"guid":"g0","type_name":"dli_table","display_text":"dwd_a"},
              "j1":{"type_name":"dlf_job","display_text":"load_b"},
              "g2":{"guid":"g2","type_name":"dli_table","display_text":"dws_b"},
              "j2":{"guid":"j2","type_name":"dlf_job","display_text":"load_c"},
              "g3":{"guid":"g3","type_name":"dli_table","display_text":"ads_c"},
              "up":{"guid":"up","type_name":"dli_table","display_text":"ods_a"}},
            "relations":[
              {"from_entity_id":"g0","relationship_id":"r1","to_entity_id":"j1"},
              {"from_entity_id":"j1","relationship_id":"r2","to_entity_id":"g2"},
              {"from_entity_id":"g2","relationship_id":"r3","to_entity_id":"j2"},
              {"from_entity_id":"j2","relationship_id":"r4","to_entity_id":"g3"},
              {"from_entity_id":"g2","relationship_id":"r5","to_entity_id":"g0"},
              {"from_entity_id":"up","relationship_id":"r6","to_entity_id":"g0"}],
            "referred_entities":{}})";
        LineageGraph graph;
        DecodeError error;
        QVERIFY2(LineageGraph::decodeDocument(body, &graph, &error), qPrintable(error.toString()));
        QCOMPARE(graph.baseGuid, QStringLiteral("g0"));
        QCOMPARE(graph.entities.value(QStringLiteral("j1")).guid, QStringLiteral("j1"));

        const QList<LineageGraph::Node> two = graph.downstream(2);
        QCOMPARE(two.size(), 2);
        QCOMPARE(two.at(0).entity.displayText, QStringLiteral("load_b"));
        QCOMPARE(two.at(0).depth, 1);
        QCOMPARE(two.at(1).entity.displayText, QStringLiteral("dws_b"));
        QCOMPARE(two.at(1).depth, 2);

        const QList<LineageGraph::Node> all = graph.downstream(10);
        QStringList names;
        for (const LineageGraph::Node &n : all)
            names << n.entity.displayText;
        // Not the base again (the cycle), not the upstream table.
        QCOMPARE(names, (QStringList{QStringLiteral("load_b"), QStringLiteral("dws_b"),
                                     QStringLiteral("load_c"), QStringLiteral("ads_c")}));
    }

    void lineageRejectsARelationWithoutEnds()
    {
        LineageGraph graph;
        DecodeError error;
        QVERIFY(!LineageGraph::decodeDocument(
            R"({"base_entity_guid":"g0","relations":[{"from_entity_id":"g0"}]})", &graph, &error));
        QVERIFY(error.toString().contains(QStringLiteral("to_entity_id")) ||
                error.path.contains(QStringLiteral("to_entity_id")));
        QVERIFY(!LineageGraph::decodeDocument(R"({"relations":[)", &graph, &error));
    }

    void catalogSearchKeepsDatabaseAndOpaqueGuid()
    {
        Page<CatalogEntity> page;
        DecodeError error;
        QVERIFY(envelope::topLevelPageOf(
            QByteArrayLiteral(
                R"({"count":1,"entities":[{"guid":"4f1c-aa:01","type_name":"dli_table",
               "display_text":"dwd_order","attributes":{"database":"dwd_db","rowCounts":12,
               "qualifiedName":"dwd_db.dwd_order@c1"},"connection":{"display_text":"dli_conn"},
               "tags":[],"classification_names":null}],"scroll_id":null})"),
            "entities", "count", &page, &error));
        QCOMPARE(page.total, 1);
        const CatalogEntity &e = page.records.constFirst();
        QCOMPARE(e.guid, QStringLiteral("4f1c-aa:01"));
        QCOMPARE(e.database, QStringLiteral("dwd_db"));
        QCOMPARE(e.qualifiedName, QStringLiteral("dwd_db.dwd_order@c1"));
        QCOMPARE(e.connectionName, QStringLiteral("dli_conn"));
    }

    void authorizedAppAcceptsBothSpellings()
    {
        Page<AuthorizedApp> page;
        DecodeError error;
        QVERIFY(envelope::topLevelPageOf(QByteArrayLiteral(R"({"total":2,"records":[
              {"app_id":"a1","app_name":"bi","instance_id":"c1","instance_name":"cluster one",
               "api_using_time":1767225600000,"approval_time":1735689600000,
               "relationship_type":"LINKED","static_params":[{"para_name":"k","para_value":"v"}]},
              {"app_id":"a2","app_name":"etl","instance_id":"c2","approve_time":1735689600000,
               "relationship_type":"OFFLINE_WAITING_CHECK",
               "static_params":[{"param_name":"k2","param_value":"v2"}]}]})"),
                                         "records", "total", &page, &error));
        QCOMPARE(page.records.size(), 2);
        QCOMPARE(page.records.at(0).expires.toMSecsSinceEpoch(), Q_INT64_C(1767225600000));
        QCOMPARE(page.records.at(1).approved.toMSecsSinceEpoch(), Q_INT64_C(1735689600000));
        QCOMPARE(page.records.at(0).staticParams.constFirst().value, QStringLiteral("v"));
        QCOMPARE(page.records.at(1).staticParams.constFirst().name, QStringLiteral("k2"));
        QCOMPARE(page.records.at(1).relationshipType, QStringLiteral("OFFLINE_WAITING_CHECK"));
        QVERIFY(!envelope::topLevelPageOf(
            QByteArrayLiteral(R"({"total":1,"records":[{"app_name":"x"}]})"), "records", "total",
            &page, &error));
    }

    void callBucketsNeedTheirTime()
    {
        Page<CallBucket> page;
        DecodeError error;
        // log_time beyond int32 (13 digits) is read whole.
        QVERIFY(envelope::topLevelPageOf(
            QByteArrayLiteral(R"({"dashboards":[{"log_time":1764892800000,"call_num":12,
               "success_num":10,"fail_num":2,"cost_time_avg":1.5}]})"),
            "dashboards", "", &page, &error));
        QCOMPARE(page.records.constFirst().logTime.toMSecsSinceEpoch(), Q_INT64_C(1764892800000));
        QCOMPARE(page.records.constFirst().failed, 2);
        QVERIFY(!envelope::topLevelPageOf(QByteArrayLiteral(R"({"dashboards":[{"call_num":1}]})"),
                                          "dashboards", "", &page, &error));
    }

    void factoryHitNames()
    {
        FactoryHit job;
        job.docType = QStringLiteral("node");
        job.jobName = QStringLiteral("daily_load");
        job.nodeName = QStringLiteral("sql_1");
        QCOMPARE(job.displayName(), QStringLiteral("daily_load / sql_1"));
        FactoryHit script;
        script.docType = QStringLiteral("script");
        script.scriptId = QStringLiteral("s9");
        QVERIFY(script.isScript());
        QCOMPARE(script.displayName(), QStringLiteral("s9"));
    }

    void verdictsKeepUnknownApartFromNoImpact()
    {
        TargetImpact none;
        none.target = ImpactTarget::entity(QStringLiteral("TABLE_MODEL"), QStringLiteral("1"),
                                           QStringLiteral("订单"), QStringLiteral("dwd_order"));
        QCOMPARE(none.verdict(), TargetImpact::Verdict::NoImpact);

        TargetImpact unknown = none;
        ImpactGap gap;
        gap.read = ImpactGap::Read::Lineage;
        gap.reason = QStringLiteral("Lineage could not be checked: 403");
        gap.httpStatus = 403;
        gap.code = QStringLiteral("DLG.0403");
        unknown.gaps.append(gap);
        QCOMPARE(unknown.verdict(), TargetImpact::Verdict::Unknown);

        TargetImpact found = unknown;
        ImpactFinding reader;
        reader.kind = ImpactFinding::Kind::ApiReader;
        reader.id = QStringLiteral("api1");
        reader.name = QStringLiteral("orders api");
        found.findings.append(reader);
        QCOMPARE(found.verdict(), TargetImpact::Verdict::HasImpact);

        TargetImpact logical;
        logical.target =
            ImpactTarget::entity(QStringLiteral("TABLE_MODEL_LOGIC"), QStringLiteral("2"));
        QCOMPARE(logical.verdict(), TargetImpact::Verdict::NotApplicable);
        TargetImpact metric;
        metric.target = ImpactTarget::entity(QStringLiteral("ATOMIC_INDEX"), QStringLiteral("3"));
        QCOMPARE(metric.verdict(), TargetImpact::Verdict::NotApplicable);

        ImpactReport report;
        report.targets = {none, unknown, found, logical};
        const QJsonObject doc = QJsonDocument::fromJson(report.json()).object();
        const QJsonArray targets = doc.value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.at(0).toObject().value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("no_impact"));
        QCOMPARE(targets.at(1).toObject().value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("unknown"));
        const QJsonObject why =
            targets.at(1).toObject().value(QStringLiteral("unknown")).toArray().at(0).toObject();
        QCOMPARE(why.value(QStringLiteral("read")).toString(), QStringLiteral("lineage"));
        QCOMPARE(why.value(QStringLiteral("http_status")).toInt(), 403);
        QCOMPARE(targets.at(2).toObject().value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("impact"));
        QCOMPARE(targets.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("订单"));
        const QJsonObject totals = doc.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("no_impact")).toInt(), 1);
        QCOMPARE(totals.value(QStringLiteral("unknown")).toInt(), 1);
        QCOMPARE(totals.value(QStringLiteral("impact")).toInt(), 1);
        QCOMPARE(totals.value(QStringLiteral("not_applicable")).toInt(), 1);

        const QList<QByteArray> lines = report.csv().split('\n');
        QVERIFY(lines.at(0).startsWith("target,target_name,verdict,what,id,name,detail"));
        QVERIFY(report.csv().contains("unknown:lineage,DLG.0403"));
        QVERIFY(report.csv().contains("api_reader,api1,orders api"));
    }

    void callSummaryWindows()
    {
        CallSummary s;
        const QDate first(2026, 11, 6);
        for (int d = 0; d < 30; ++d)
            s.daily.append({first.addDays(d), d == 5 ? 100 : (d == 27 ? 3 : 0)});
        s.dailyFailed = s.daily;
        QCOMPARE(s.calls(7), 3);
        QCOMPARE(s.calls(30), 103);
        QCOMPARE(s.lastDayWithCalls(), first.addDays(27));
    }
};

QTEST_GUILESS_MAIN(TestImpactDecoders)
#include "tst_impact_decoders.moc"
