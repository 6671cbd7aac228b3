// Discovery (the profile dialog's project, instance and workspace lookups) against a real
// sandbox.
#include "SandboxProcess.h"

#include "connection/Discovery.h"

#include <QSignalSpy>
#include <QTest>

using namespace dataarts;

class TestDiscovery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsInstancesAndWorkspaces();
    void resolvesTheProjectOfARegion();
    void unknownRegionIsExplained();
    void wrongKeysFail();

private:
    SandboxProcess m_sandbox{{QStringLiteral("--tables"), QStringLiteral("20"),
                              QStringLiteral("--apis"), QStringLiteral("5"),
                              QStringLiteral("--clusters"), QStringLiteral("1")}};
};

void TestDiscovery::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestDiscovery::listsInstancesAndWorkspaces()
{
    Discovery discovery;
    QSignalSpy instances(&discovery, &Discovery::instancesListed);
    QSignalSpy workspaces(&discovery, &Discovery::workspacesListed);
    QSignalSpy failed(&discovery, &Discovery::failed);
    ConnectionSettings settings = m_sandbox.settings();
    settings.workspace.clear(); // discovery needs none
    discovery.listInstances(settings);
    QVERIFY(discovery.isBusy(Discovery::Kind::Instances));
    QVERIFY(instances.wait(10000));
    QVERIFY(!discovery.isBusy(Discovery::Kind::Instances));
    const auto list = instances.at(0).at(0).value<QList<DataArtsInstance>>();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().id, m_sandbox.instanceId());
    QVERIFY(!list.first().name.isEmpty());

    discovery.listWorkspaces(settings, list.first().id);
    QVERIFY(workspaces.wait(10000));
    const auto spaces = workspaces.at(0).at(0).value<QList<DataArtsWorkspace>>();
    QCOMPARE(spaces.size(), 2);
    int defaults = 0;
    for (const DataArtsWorkspace &w : spaces) {
        if (w.isDefault != 0) {
            ++defaults;
            QCOMPARE(w.id, m_sandbox.workspace());
        }
    }
    QCOMPARE(defaults, 1);
    QCOMPARE(failed.count(), 0);
}

void TestDiscovery::resolvesTheProjectOfARegion()
{
    Discovery discovery;
    discovery.setIamEndpointOverride(m_sandbox.url());
    QSignalSpy resolved(&discovery, &Discovery::projectResolved);
    ConnectionSettings settings = m_sandbox.settings();
    settings.projectId.clear();
    discovery.resolveProject(settings, QStringLiteral("cn-north-4"));
    QVERIFY(resolved.wait(10000));
    QCOMPARE(resolved.at(0).at(0).toString(), m_sandbox.projectId());
}

void TestDiscovery::unknownRegionIsExplained()
{
    Discovery discovery;
    discovery.setIamEndpointOverride(m_sandbox.url());
    QSignalSpy failed(&discovery, &Discovery::failed);
    discovery.resolveProject(m_sandbox.settings(), QStringLiteral("af-south-1"));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).value<Discovery::Kind>(), Discovery::Kind::Project);
    QVERIFY2(
        failed.at(0).at(1).toString().contains(QStringLiteral("no project named “af-south-1”")),
        qPrintable(failed.at(0).at(1).toString()));
}

void TestDiscovery::wrongKeysFail()
{
    Discovery discovery;
    QSignalSpy failed(&discovery, &Discovery::failed);
    ConnectionSettings settings = m_sandbox.settings();
    settings.akSk.secretKey = "wrong";
    discovery.listInstances(settings);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).value<Discovery::Kind>(), Discovery::Kind::Instances);
    QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("APIGW.0301")));
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
