#include "OfflineReviewPage.h"

#include "panes/common/StatusText.h"

#include "OfflineWizard.h"

#include "wizards/common/ScheduleTime.h"

#include "batch/ApprovalBatchStrategy.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QSpinBox>
#include <QTreeWidget>

namespace dataarts::ui {

OfflineReviewPage::OfflineReviewPage(OfflineWizard *wizard)
    : RunReviewPage(wizard)
    , m_wizard(wizard)
    , m_chunkLabel(new QLabel(this))
    , m_chunk(new QSpinBox(this))
{
    m_chunk->setObjectName(QStringLiteral("chunkSize"));
    m_chunk->setRange(1, ApprovalBatchStrategy::kMaxChunkSize);
    m_chunk->setValue(ApprovalBatchStrategy::kDefaultChunkSize);
    m_chunkLabel->setBuddy(m_chunk);
    optionsRow()->insertWidget(0, m_chunkLabel);
    optionsRow()->insertWidget(1, m_chunk);
    registerField(OfflineWizard::chunkSizeField(), m_chunk);
    connect(m_chunk, &QSpinBox::valueChanged, this, &OfflineReviewPage::refresh);
    retranslateUi();
}

QList<RunReviewPage::Count> OfflineReviewPage::counts() const
{
    QMap<QString, int> perType;
    for (const BizInfo &info : m_wizard->toSend())
        ++perType[info.bizType];
    QList<Count> out;
    for (auto it = perType.cbegin(); it != perType.cend(); ++it)
        out.append({StatusText::bizType(it.key()), it.value(), StatusText::asSent(it.key())});
    return out;
}

QStringList OfflineReviewPage::summaryLines(const RunSpec &spec,
                                            const QList<RequestPreview> &previews) const
{
    const ApprovalBatchRequest o = m_wizard->options();
    const QLocale loc = locale();
    QStringList lines;
    lines << tr("%n entities go offline.", nullptr, int(m_wizard->toSend().size()));
    if (o.fastApproval)
        lines << tr("You approve it yourself (fast approval): they go offline at once.");
    else
        lines << tr("Approver: %1. They stay published until %1 approves.").arg(o.approverUserName);
    const QTime at = ScheduleTime::fromWire(o.scheduleTime);
    lines << (at.isValid() ? tr("Scheduled at %1 in DataArts Studio's time zone.")
                                 .arg(ScheduleTime::display(at, loc))
                           : tr("Not scheduled."));
    lines << (o.envType == EnvType::Unknown ? tr("Environment: not specified.")
                                            : tr("Environment: %1.")
                                                  .arg(StatusText::envType(o.envType)));
    if (!previews.isEmpty())
        lines << tr("%n requests of at most %1 entities each.", nullptr, int(previews.size()))
                     .arg(loc.toString(spec.effectiveChunkSize()));
    return lines;
}

void OfflineReviewPage::retranslatePage()
{
    countsView()->setHeaderLabels({tr("Entity type"), tr("Entities")});
    m_chunkLabel->setText(tr("&Entities per request:"));
}

} // namespace dataarts::ui
