#include "ApiActionWizard.h"

#include "ActionPage.h"
#include "ActionPreflightPage.h"
#include "ActionReviewPage.h"
#include "EffectiveTimePage.h"
#include "TargetsPage.h"

#include "wizards/common/CliCommand.h"

#include "client/Session.h"

#include <QEvent>

namespace dataarts::ui {

ApiActionWizard::ApiActionWizard(Session *session, BatchEngine *engine,
                                 const QList<ApiTarget> &selection, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_engine(engine)
    , m_initial(selection)
{
    setObjectName(QStringLiteral("apiActionWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    if (session)
        m_userName = session->settings().iamUserName;
    for (const ApiTarget &t : selection) {
        if (!t.apiName.isEmpty())
            m_apiNames.insert(t.apiId, t.apiName);
        if (!t.clusterName.isEmpty())
            m_clusterNames.insert(t.instanceId, t.clusterName);
    }
    setPage(TargetsPageId, new TargetsPage(this));
    setPage(ActionPageId, new ActionPage(this));
    setPage(PreflightPageId, new ActionPreflightPage(this));
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

RunSpec ApiActionWizard::spec() const
{
    RunSpec s = RunSpec::apiAction(m_toSend, action(), field(timeField()).toString());
    s.profileName = m_profileName;
    s.createdBy = m_userName;
    return s;
}

QString ApiActionWizard::cliCommand() const
{
    if (!m_session)
        return {};
    return CliCommand::apiAction(CliCommand::connectionFor(m_profileName, m_session->settings()),
                                 action(), field(timeField()).toString(), m_toSend);
}

void ApiActionWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("Unpublish, stop or recover APIs"));
    QWizard::changeEvent(event);
}

} // namespace dataarts::ui
