// The whole impact check (app/impact/ImpactCheck) against a real dataarts-sandbox over
// loopback, compared with the sandbox's ground truth (/__sandbox/impact/): the APIs that read
// a table, its downstream lineage and Factory documents; the apps authorized to an API on a
// cluster and its calls. A read that is refused (403) or fails marks the target "impact
// unknown" with the reason, never "no impact"; the cache reads nothing twice.
#include "SandboxControl.h"
#include "SandboxProcess.h"

#include "client/Session.h"
#include "impact/ImpactCheck.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dataarts;

namespace {

constexpr int kWaitMs = 120000;

QSet<QString> strings(const QJsonArray &array, const QString &field)
{
    QSet<QString> out;
    for (const QJsonValue &v : array)
        out.insert(v.toObject().value(field).toString());
    return out;
}

QSet<QString> findingIds(const TargetImpact &t, ImpactFinding::Kind kind)
{
    QSet<QString> out;
    for (const ImpactFinding &f : t.findings) {
        if (f.kind == kind)
            out.insert(f.id);
    }
    return out;
}

} // namespace

class TestImpactSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_control = std::make_unique<SandboxControl>(m_sandbox.url());
        m_session = std::make_unique<Session>(m_sandbox.settings());
    }

    void init() { QVERIFY(m_control->clearFaults()); }

    void entitiesMatchTheGroundTruth()
    {
        QList<ImpactTarget> targets;
        QList<QJsonObject> truths;
        for (const QString &has : {QStringLiteral("readers"), QStringLiteral("lineage&min_depth=3"),
                                   QStringLiteral("factory"), QStringLiteral("none")}) {
            const QJsonArray ids =
                m_control->get(QStringLiteral("/__sandbox/impact/entities?has=%1&limit=2").arg(has))
                    .toObject()
                    .value(QStringLiteral("biz_ids"))
                    .toArray();
            QVERIFY2(!ids.isEmpty(), qPrintable(has));
            for (const QJsonValue &id : ids) {
                const QJsonObject truth = entityTruth(id.toString());
                targets.append(entityTarget(truth));
                truths.append(truth);
            }
        }
        ImpactCheck::Options options;
        options.depth = 2;
        const QList<TargetImpact> results = check(targets, options);
        QCOMPARE(results.size(), targets.size());
        for (int i = 0; i < results.size(); ++i) {
            const TargetImpact &r = results.at(i);
            const QJsonObject &truth = truths.at(i);
            QVERIFY2(r.gaps.isEmpty(), qPrintable(r.summary()));
            QCOMPARE(r.target.name, targets.at(i).name);
            QCOMPARE(findingIds(r, ImpactFinding::Kind::ApiReader),
                     strings(truth.value(QStringLiteral("readers")).toArray(),
                             QStringLiteral("api_id")));
            QSet<QString> downstream;
            for (const QJsonValue &v : truth.value(QStringLiteral("downstream")).toArray()) {
                if (v.toObject().value(QStringLiteral("depth")).toInt() <= options.depth)
                    downstream.insert(v.toObject().value(QStringLiteral("guid")).toString());
            }
            QCOMPARE(findingIds(r, ImpactFinding::Kind::Downstream), downstream);
            QCOMPARE(
                findingIds(r, ImpactFinding::Kind::FactoryJob) +
                    findingIds(r, ImpactFinding::Kind::FactoryScript),
                strings(truth.value(QStringLiteral("factory")).toArray(), QStringLiteral("id")));
            const bool any = !r.findings.isEmpty();
            QCOMPARE(r.verdict(),
                     any ? TargetImpact::Verdict::HasImpact : TargetImpact::Verdict::NoImpact);
        }
        // The "none" tables really have nothing, and the deep chain was cut by the depth.
        QCOMPARE(results.last().verdict(), TargetImpact::Verdict::NoImpact);
        const QJsonArray deep = truths.at(2).value(QStringLiteral("downstream")).toArray();
        QVERIFY(findingIds(results.at(2), ImpactFinding::Kind::Downstream).size() < deep.size());
    }

    void pairsMatchTheGroundTruth()
    {
        const QJsonObject busy = firstPair(QStringLiteral("apps=yes&calls=recent"));
        const QJsonObject quiet = firstPair(QStringLiteral("apps=no&calls=none"));
        const QJsonObject old = firstPair(QStringLiteral("apps=no&calls=old"));
        QList<ImpactTarget> targets{pairTarget(busy), pairTarget(quiet), pairTarget(old)};

        const QList<TargetImpact> week = check(targets, ImpactCheck::Options());
        const TargetImpact &b = week.at(0);
        QVERIFY2(b.gaps.isEmpty(), qPrintable(b.summary()));
        QCOMPARE(b.verdict(), TargetImpact::Verdict::HasImpact);
        QCOMPARE(findingIds(b, ImpactFinding::Kind::AuthorizedApp),
                 strings(busy.value(QStringLiteral("apps")).toArray(), QStringLiteral("app_id")));
        QCOMPARE(b.calls.calls(7), busy.value(QStringLiteral("calls_7d"))
                                       .toObject()
                                       .value(QStringLiteral("total"))
                                       .toInteger());
        QCOMPARE(b.calls.calls(30), busy.value(QStringLiteral("calls_30d"))
                                        .toObject()
                                        .value(QStringLiteral("total"))
                                        .toInteger());
        QCOMPARE(b.calls.failed(30), busy.value(QStringLiteral("calls_30d"))
                                         .toObject()
                                         .value(QStringLiteral("failed"))
                                         .toInteger());
        QVERIFY(!b.target.apiName.isEmpty()); // named beside its id
        QCOMPARE(week.at(1).verdict(), TargetImpact::Verdict::NoImpact);
        QCOMPARE(week.at(1).calls.calls(30), 0);
        // Called only more than a week ago: no impact within 7 days, impact within 30.
        QCOMPARE(week.at(2).verdict(), TargetImpact::Verdict::NoImpact);
        QVERIFY(week.at(2).calls.calls(30) > 0);
        ImpactCheck::Options month;
        month.days = 30;
        QCOMPARE(check({pairTarget(old)}, month).constFirst().verdict(),
                 TargetImpact::Verdict::HasImpact);
    }

    void refusedReadsAreUnknownNeverNoImpact()
    {
        const QString none =
            m_control->get(QStringLiteral("/__sandbox/impact/entities?has=none&limit=1"))
                .toObject()
                .value(QStringLiteral("biz_ids"))
                .toArray()
                .at(0)
                .toString();
        const ImpactTarget table = entityTarget(entityTruth(none));
        const ImpactTarget quiet = pairTarget(firstPair(QStringLiteral("apps=no&calls=none")));
        const ImpactTarget busy = pairTarget(firstPair(QStringLiteral("apps=yes&calls=recent")));
        // The same targets without faults: no impact for the first two.
        QList<TargetImpact> clean = check({table, quiet}, ImpactCheck::Options());
        QCOMPARE(clean.at(0).verdict(), TargetImpact::Verdict::NoImpact);
        QCOMPARE(clean.at(1).verdict(), TargetImpact::Verdict::NoImpact);

        QVERIFY(m_control->queueFault(QStringLiteral("forbidden"),
                                      QStringLiteral("/asset/entities/search"), 50));
        QVERIFY(m_control->queueFault(QStringLiteral("forbidden"),
                                      QStringLiteral("apis-dashboards"), 50));
        const QList<TargetImpact> results = check({table, quiet, busy}, ImpactCheck::Options());
        const TargetImpact &t = results.at(0);
        QCOMPARE(t.verdict(), TargetImpact::Verdict::Unknown);
        QCOMPARE(t.gaps.size(), 1);
        QCOMPARE(t.gaps.constFirst().read, ImpactGap::Read::Lineage);
        QCOMPARE(t.gaps.constFirst().httpStatus, 403);
        QCOMPARE(t.gaps.constFirst().code, QStringLiteral("DLG.0403"));
        QVERIFY(t.summary().contains(QStringLiteral("could not be checked")));
        QCOMPARE(results.at(1).verdict(), TargetImpact::Verdict::Unknown);
        QCOMPARE(results.at(1).gaps.constFirst().read, ImpactGap::Read::Calls);
        // What was found still counts; the failed read is listed beside it.
        QCOMPARE(results.at(2).verdict(), TargetImpact::Verdict::HasImpact);
        QCOMPARE(results.at(2).gaps.constFirst().read, ImpactGap::Read::Calls);
        for (const TargetImpact &r : results)
            QVERIFY(r.gaps.isEmpty() || r.verdict() != TargetImpact::Verdict::NoImpact);
    }

    void failingReadsAreUnknown_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("read");
        QTest::newRow("factory 503") << QStringLiteral("fail") << QStringLiteral("/factory/search")
                                     << int(ImpactGap::Read::Factory);
        QTest::newRow("lineage reset") << QStringLiteral("reset") << QStringLiteral("/lineage")
                                       << int(ImpactGap::Read::Lineage);
        QTest::newRow("readers html") << QStringLiteral("html") << QStringLiteral("/service/apis$")
                                      << int(ImpactGap::Read::Readers);
    }

    void failingReadsAreUnknown()
    {
        QFETCH(QString, mode);
        QFETCH(QString, path);
        QFETCH(int, read);
        // A table with lineage, so the lineage read is made.
        const QString id =
            m_control->get(QStringLiteral("/__sandbox/impact/entities?has=lineage&limit=1"))
                .toObject()
                .value(QStringLiteral("biz_ids"))
                .toArray()
                .at(0)
                .toString();
        // More faults than the client's retries of a read.
        QVERIFY(m_control->queueFault(mode, path, 20));
        const TargetImpact r =
            check({entityTarget(entityTruth(id))}, ImpactCheck::Options()).constFirst();
        QVERIFY(!r.gaps.isEmpty());
        QCOMPARE(int(r.gaps.constFirst().read), read);
        QVERIFY(r.verdict() != TargetImpact::Verdict::NoImpact);
    }

    void timedOutReadIsUnknown()
    {
        // A gateway slower than the client's transfer timeout: the lineage read times out
        // (every retry too), and the target is "impact unknown" with a reason, never "no
        // impact". Scaled down: 400 ms timeout, 2 s latency.
        const QString id =
            m_control->get(QStringLiteral("/__sandbox/impact/entities?has=lineage&limit=1"))
                .toObject()
                .value(QStringLiteral("biz_ids"))
                .toArray()
                .at(0)
                .toString();
        ConnectionSettings settings = m_sandbox.settings();
        settings.transferTimeoutMs = 400;
        Session slow(settings);
        QVERIFY(m_control->queueFault(QStringLiteral("latency"), QStringLiteral("/lineage"), 20,
                                      2000));
        ImpactCheck check(&slow, {entityTarget(entityTruth(id))}, ImpactCheck::Options());
        QVERIFY(run(check));
        const TargetImpact r = check.results().constFirst();
        QVERIFY(r.verdict() != TargetImpact::Verdict::NoImpact);
        bool lineageGap = false;
        for (const ImpactGap &g : r.gaps) {
            if (g.read == ImpactGap::Read::Lineage) {
                lineageGap = true;
                QVERIFY(!g.reason.isEmpty());
            }
        }
        QVERIFY(lineageGap);
        QVERIFY(m_control->clearFaults());
    }

    void theCacheReadsNothingTwice()
    {
        const QJsonArray ids =
            m_control->get(QStringLiteral("/__sandbox/impact/entities?has=readers&limit=3"))
                .toObject()
                .value(QStringLiteral("biz_ids"))
                .toArray();
        QList<ImpactTarget> targets;
        for (const QJsonValue &id : ids)
            targets.append(entityTarget(entityTruth(id.toString())));
        targets.append(pairTarget(firstPair(QStringLiteral("apps=yes&calls=recent"))));
        ImpactCache cache;
        ImpactCheck first(m_session.get(), targets, ImpactCheck::Options(), &cache);
        QVERIFY(run(first));
        QVERIFY(first.readsSent() > 0);
        const qint64 before = requestTotal();
        ImpactCheck second(m_session.get(), targets, ImpactCheck::Options(), &cache);
        QVERIFY(run(second));
        QCOMPARE(second.readsSent(), 0);
        QCOMPARE(requestTotal(), before);
        for (int i = 0; i < targets.size(); ++i) {
            QCOMPARE(second.results().at(i).summary(), first.results().at(i).summary());
            QCOMPARE(second.results().at(i).verdict(), first.results().at(i).verdict());
        }
    }

    void cancelEndsAtOnce()
    {
        const QJsonArray ids =
            m_control->get(QStringLiteral("/__sandbox/impact/entities?has=readers&limit=5"))
                .toObject()
                .value(QStringLiteral("biz_ids"))
                .toArray();
        QList<ImpactTarget> targets;
        for (const QJsonValue &id : ids)
            targets.append(entityTarget(entityTruth(id.toString())));
        QVERIFY(m_control->queueFault(QStringLiteral("latency"), QString(), 20, 2000));
        ImpactCheck check(m_session.get(), targets, ImpactCheck::Options());
        QSignalSpy finished(&check, &ImpactCheck::finished);
        check.start();
        check.cancel();
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(check.wasCancelled());
        QCOMPARE(finished.size(), 1);
    }

private:
    QJsonObject entityTruth(const QString &id)
    {
        QJsonObject truth =
            m_control->get(QStringLiteral("/__sandbox/impact/entities/") + id).toObject();
        const QJsonObject entity = m_control->entity(id);
        truth.insert(QStringLiteral("name"), entity.value(QStringLiteral("name")));
        if (!truth.contains(QStringLiteral("biz_type")))
            truth.insert(QStringLiteral("biz_type"), entity.value(QStringLiteral("biz_type")));
        return truth;
    }

    static ImpactTarget entityTarget(const QJsonObject &truth)
    {
        return ImpactTarget::entity(truth.value(QStringLiteral("biz_type")).toString(),
                                    truth.value(QStringLiteral("biz_id")).toString(),
                                    truth.value(QStringLiteral("name")).toString(),
                                    truth.value(QStringLiteral("code")).toString(),
                                    truth.value(QStringLiteral("database")).toString());
    }

    QJsonObject firstPair(const QString &query)
    {
        const QJsonArray pairs =
            m_control->get(QStringLiteral("/__sandbox/impact/pairs?%1&limit=1").arg(query))
                .toObject()
                .value(QStringLiteral("pairs"))
                .toArray();
        return pairs.at(0).toObject();
    }

    static ImpactTarget pairTarget(const QJsonObject &pair)
    {
        return ImpactTarget::apiCluster(pair.value(QStringLiteral("api_id")).toString(),
                                        pair.value(QStringLiteral("instance_id")).toString());
    }

    static bool run(ImpactCheck &check)
    {
        QSignalSpy finished(&check, &ImpactCheck::finished);
        check.start();
        return finished.wait(kWaitMs) && finished.size() == 1 && !check.wasCancelled();
    }

    QList<TargetImpact> check(const QList<ImpactTarget> &targets, ImpactCheck::Options options)
    {
        ImpactCheck check(m_session.get(), targets, options);
        if (!run(check))
            return {};
        return check.results();
    }

    qint64 requestTotal()
    {
        return m_control->stats()
            .value(QStringLiteral("requests"))
            .toObject()
            .value(QStringLiteral("total"))
            .toInteger();
    }

    SandboxProcess m_sandbox{{QStringLiteral("--tables"), QStringLiteral("800"),
                              QStringLiteral("--apis"), QStringLiteral("120"),
                              QStringLiteral("--clusters"), QStringLiteral("3")}};
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<Session> m_session;
};

QTEST_GUILESS_MAIN(TestImpactSandbox)
#include "tst_impact_sandbox.moc"
