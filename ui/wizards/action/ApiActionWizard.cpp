#include "ApiActionWizard.h"

#include "ActionPage.h"
#include "ActionPreflightPage.h"
#include "ActionReviewPage.h"
#include "EffectiveTimePage.h"
#include "TargetsPage.h"

#include "wizards/common/CliCommand.h"
#include "wizards/common/ImpactPage.h"

#include "client/Session.h"
#include "runs/TargetNames.h"

#include <QEvent>

namespace dataarts::ui {

ApiActionWizard::ApiActionWizard(Session *session, BatchEngine *engine,
                                 const QList<ApiTarget> &selection, QWidget *parent)
    : RunWizard(session, engine, QStringLiteral("apiActionWizard"), parent)
    , m_initial(selection)
{
    for (const ApiTarget &t : selection) {
        if (!t.apiName.isEmpty())
            m_apiNames.insert(t.apiId, t.apiName);
        if (!t.clusterName.isEmpty())
            m_clusterNames.insert(t.instanceId, t.clusterName);
        if (!t.reviewer.isEmpty())
            m_reviewers.insert(t.apiId, t.reviewer);
    }
    setPage(TargetsPageId, new TargetsPage(this));
    setPage(ActionPageId, new ActionPage(this));
    setPage(PreflightPageId, new ActionPreflightPage(this));
    setPage(ImpactPageId, new ImpactPage(this));
    setPage(TimePageId, new EffectiveTimePage(this));
    setPage(ReviewPageId, new ActionReviewPage(this));
    setStartId(TargetsPageId);
    setWindowTitle(tr("Unpublish, stop or recover APIs"));
}

QString ApiActionWizard::clusterName(const QString &instanceId) const
{
    return m_clusterNames.value(instanceId, instanceId);
}

void ApiActionWizard::setClusterName(const QString &instanceId, const QString &name)
{
    if (!name.isEmpty())
        m_clusterNames.insert(instanceId, name);
}

ApiAction ApiActionWizard::action() const
{
    return ApiAction(field(actionField()).toInt());
}

void ApiActionWizard::setAction(ApiAction action)
{
    if (auto *page = qobject_cast<ActionPage *>(this->page(ActionPageId)))
        page->setAction(int(action));
}

RunSpec ApiActionWizard::spec() const
{
    RunSpec s = RunSpec::apiAction(m_toSend, action(), field(timeField()).toString());
    // "API name @ cluster name" into the journal, for Progress, History and the exports.
    for (NewItem &item : s.items) {
        item.displayName = TargetNames::pairName(item.keyId, apiName(item.keyId), item.keyPart,
                                                 m_clusterNames.value(item.keyPart));
    }
    return stamped(s);
}

QList<ImpactTarget> ApiActionWizard::impactTargets() const
{
    QList<ImpactTarget> targets;
    targets.reserve(m_toSend.size());
    for (const Pair &p : m_toSend) {
        const QString cluster = m_clusterNames.value(p.second);
        targets.append(ImpactTarget::apiCluster(p.first, p.second, apiName(p.first), cluster));
    }
    return targets;
}

void ApiActionWizard::leaveOut(const QStringList &keys)
{
    const QSet<QString> drop(keys.cbegin(), keys.cend());
    m_toSend.removeIf(
        [&drop](const Pair &p) { return drop.contains(p.first + QLatin1Char('@') + p.second); });
}

QString ApiActionWizard::cliCommand() const
{
    if (!session())
        return {};
    return CliCommand::apiAction(CliCommand::connectionFor(profileName(), session()->settings()),
                                 action(), field(timeField()).toString(), m_toSend);
}

void ApiActionWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("Unpublish, stop or recover APIs"));
    RunWizard::changeEvent(event);
}

} // namespace dataarts::ui
