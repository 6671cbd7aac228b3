#include "OfflineWizard.h"

#include "ApproverPage.h"
#include "OfflineReviewPage.h"
#include "PreflightPage.h"
#include "SchedulePage.h"
#include "SelectionPage.h"

#include "wizards/common/CliCommand.h"
#include "wizards/common/ScheduleTime.h"

#include "client/Session.h"

#include <QEvent>

namespace dataarts::ui {

OfflineWizard::OfflineWizard(Session *session, BatchEngine *engine, const QList<BizInfo> &selection,
                             QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_engine(engine)
    , m_initial(selection)
{
    setObjectName(QStringLiteral("offlineWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    if (session)
        m_userName = session->settings().iamUserName;
    setPage(SelectionPageId, new SelectionPage(this));
    setPage(PreflightPageId, new PreflightPage(this));
    setPage(ApproverPageId, new ApproverPage(this));
    setPage(SchedulePageId, new SchedulePage(this));
    setPage(ReviewPageId, new OfflineReviewPage(this));
    setStartId(SelectionPageId);
    retranslateUi();
}

ApprovalBatchRequest OfflineWizard::options() const
{
    ApprovalBatchRequest o;
    o.approverUserId = field(approverIdField()).toString();
    o.approverUserName = field(approverNameField()).toString();
    o.fastApproval = field(fastApprovalField()).toBool();
    if (field(scheduleEnabledField()).toBool()) {
        const QTime t = ScheduleTime::parse(field(scheduleTimeField()).toString(), locale());
        o.scheduleTime = ScheduleTime::toWire(t);
    }
    o.envType = EnvType(field(envTypeField()).toInt());
    return o;
}

RunSpec OfflineWizard::spec() const
{
    RunSpec s = RunSpec::approvalBatch(RunKind::BatchOffline, m_toSend, options());
    s.chunkSize = field(chunkSizeField()).toInt();
    s.profileName = m_profileName;
    s.createdBy = m_userName;
    return s;
}

QString OfflineWizard::cliCommand() const
{
    if (!m_session)
        return {};
    const CliCommand::Connection c =
        CliCommand::connectionFor(m_profileName, m_session->settings());
    return CliCommand::offline(c, options(), spec().effectiveChunkSize(), m_toSend);
}

void OfflineWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void OfflineWizard::retranslateUi()
{
    setWindowTitle(tr("Take entities offline"));
}

} // namespace dataarts::ui
