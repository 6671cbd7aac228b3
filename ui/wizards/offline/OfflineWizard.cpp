#include "OfflineWizard.h"

#include "ApproverPage.h"
#include "OfflineReviewPage.h"
#include "PreflightPage.h"
#include "SchedulePage.h"
#include "SelectionPage.h"

#include "wizards/common/CliCommand.h"
#include "wizards/common/ImpactPage.h"
#include "wizards/common/ScheduleTime.h"

#include "client/Session.h"

#include <QEvent>

namespace dataarts::ui {

OfflineWizard::OfflineWizard(Session *session, BatchEngine *engine, const QList<BizInfo> &selection,
                             QWidget *parent)
    : RunWizard(session, engine, QStringLiteral("offlineWizard"), parent)
    , m_initial(selection)
{
    setPage(SelectionPageId, new SelectionPage(this));
    setPage(PreflightPageId, new PreflightPage(this));
    setPage(ImpactPageId, new ImpactPage(this));
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
    // The names the pre-flight read go into the journal: Progress, History (search by
    // name) and the exports show them beside the ids.
    for (NewItem &item : s.items) {
        const auto it = m_tables.constFind(item.keyId);
        if (it != m_tables.cend() && it->bizType == item.keyPart)
            item.displayName = it->name.isEmpty() ? it->code : it->name;
    }
    return stamped(s);
}

QString OfflineWizard::cliCommand() const
{
    if (!session())
        return {};
    const CliCommand::Connection c =
        CliCommand::connectionFor(profileName(), session()->settings());
    return CliCommand::offline(c, options(), spec().effectiveChunkSize(), m_toSend);
}

QString OfflineWizard::entityName(const QString &bizId) const
{
    if (const auto it = m_tables.constFind(bizId); it != m_tables.cend() && !it->name.isEmpty())
        return it->name;
    return m_names.value(bizId);
}

QList<ImpactTarget> OfflineWizard::impactTargets() const
{
    QList<ImpactTarget> targets;
    targets.reserve(m_toSend.size());
    for (const BizInfo &info : m_toSend) {
        const auto it = m_tables.constFind(info.bizId);
        if (it != m_tables.cend() && it->bizType == info.bizType)
            targets.append(
                ImpactTarget::entity(info.bizType, info.bizId, it->name, it->code, it->dbName));
        else
            targets.append(ImpactTarget::entity(info.bizType, info.bizId));
    }
    return targets;
}

void OfflineWizard::leaveOut(const QStringList &keys)
{
    const QSet<QString> drop(keys.cbegin(), keys.cend());
    m_toSend.removeIf([&drop](const BizInfo &info) {
        return drop.contains(info.bizType + QLatin1Char(':') + info.bizId);
    });
}

void OfflineWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    RunWizard::changeEvent(event);
}

void OfflineWizard::retranslateUi()
{
    setWindowTitle(tr("Take entities offline"));
}

} // namespace dataarts::ui
