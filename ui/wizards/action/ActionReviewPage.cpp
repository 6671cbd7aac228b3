#include "ActionReviewPage.h"

#include "panes/common/StatusText.h"

#include "ActionPage.h"
#include "ApiActionWizard.h"

#include "wizards/common/EffectiveTime.h"

#include <QMap>
#include <QTreeWidget>

namespace dataarts::ui {

ActionReviewPage::ActionReviewPage(ApiActionWizard *wizard)
    : RunReviewPage(wizard)
    , m_wizard(wizard)
{
    countsView()->setMaximumHeight(120);
    retranslateUi();
}

QList<RunReviewPage::Count> ActionReviewPage::counts() const
{
    QMap<QString, int> perCluster;
    for (const auto &pair : m_wizard->toSend())
        ++perCluster[pair.second];
    QList<Count> out;
    for (auto it = perCluster.cbegin(); it != perCluster.cend(); ++it)
        out.append({m_wizard->clusterName(it.key()), it.value()});
    return out;
}

QStringList ActionReviewPage::summaryLines(const RunSpec &, const QList<RequestPreview> &) const
{
    const QLocale loc = locale();
    const ApiAction action = m_wizard->action();
    QStringList lines;
    lines << tr("Action: %1, on %n API × cluster pairs.", nullptr,
                int(m_wizard->toSend().size()))
                 .arg(StatusText::apiAction(action));
    lines << ActionPage::explanation(int(action));
    const QDateTime at =
        EffectiveTime::fromWire(m_wizard->field(ApiActionWizard::timeField()).toString());
    lines << tr("Effective time: %1.").arg(EffectiveTime::display(at, m_wizard->timeZone(), loc));
    lines << tr("Calls to the same cluster are sent one after the other.");
    return lines;
}

void ActionReviewPage::retranslatePage()
{
    countsView()->setHeaderLabels({tr("Cluster"), tr("Pairs")});
}

} // namespace dataarts::ui
