#include "OfflineReviewPage.h"

#include "OfflineWizard.h"

#include "wizards/common/RequestText.h"
#include "wizards/common/ScheduleTime.h"

#include "batch/ApprovalBatchStrategy.h"
#include "batch/BatchEngine.h"
#include "client/Session.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dataarts::ui {

OfflineReviewPage::OfflineReviewPage(OfflineWizard *wizard)
    : m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_counts(new QTreeWidget(this))
    , m_chunkLabel(new QLabel(this))
    , m_chunk(new QSpinBox(this))
    , m_requestsLabel(new QLabel(this))
    , m_requests(new QPlainTextEdit(this))
    , m_copy(new QPushButton(this))
    , m_error(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts->setObjectName(QStringLiteral("countsView"));
    m_counts->setRootIsDecorated(false);
    m_counts->setColumnCount(2);
    m_counts->setMaximumHeight(140);
    m_chunk->setObjectName(QStringLiteral("chunkSize"));
    m_chunk->setRange(1, ApprovalBatchStrategy::kMaxChunkSize);
    m_chunk->setValue(ApprovalBatchStrategy::kDefaultChunkSize);
    m_chunkLabel->setBuddy(m_chunk);
    m_requests->setObjectName(QStringLiteral("requestsView"));
    m_requests->setReadOnly(true);
    m_requests->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_requests->setTabChangesFocus(true);
    m_requests->setFont(QFont(QStringLiteral("monospace")));
    m_requestsLabel->setBuddy(m_requests);
    m_copy->setObjectName(QStringLiteral("copyCli"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *chunkRow = new QHBoxLayout;
    chunkRow->addWidget(m_chunkLabel);
    chunkRow->addWidget(m_chunk);
    chunkRow->addStretch(1);
    chunkRow->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_counts);
    layout->addLayout(chunkRow);
    layout->addWidget(m_requestsLabel);
    layout->addWidget(m_requests, 1);
    layout->addWidget(m_error);

    registerField(OfflineWizard::chunkSizeField(), m_chunk);
    connect(m_chunk, &QSpinBox::valueChanged, this, &OfflineReviewPage::refresh);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_wizard->cliCommand()); });
    setCommitPage(false);
    retranslateUi();
}

void OfflineReviewPage::initializePage()
{
    m_error->hide();
    refresh();
}

void OfflineReviewPage::refresh()
{
    const RunSpec spec = m_wizard->spec();
    const ApprovalBatchRequest o = m_wizard->options();
    const QLocale loc = locale();

    QMap<QString, int> perType;
    for (const BizInfo &info : m_wizard->toSend())
        ++perType[info.bizType];
    m_counts->clear();
    for (auto it = perType.cbegin(); it != perType.cend(); ++it)
        new QTreeWidgetItem(m_counts, QStringList{it.key(), loc.toString(it.value())});

    QStringList lines;
    lines << tr("%n entities go offline.", nullptr, int(m_wizard->toSend().size()));
    if (o.fastApproval)
        lines << tr("You approve it yourself (fast approval): they go offline at once.");
    else
        lines << tr("Approver: %1. They stay published until %1 approves.").arg(o.approverUserName);
    const QTime at = ScheduleTime::fromWire(o.scheduleTime);
    lines << (at.isValid() ? tr("Scheduled at %1.").arg(ScheduleTime::display(at, loc))
                           : tr("Not scheduled."));
    lines << (o.envType == EnvType::Unknown ? tr("Environment: not specified.")
                                            : tr("Environment: %1.").arg(enumName(o.envType)));

    const QList<RequestPreview> previews =
        m_wizard->engine() ? m_wizard->engine()->preview(spec) : QList<RequestPreview>();
    m_valid = !previews.isEmpty();
    if (m_valid) {
        lines << tr("%n requests of at most %1 entities each.", nullptr, int(previews.size()))
                     .arg(loc.toString(spec.effectiveChunkSize()));
        m_requests->setPlainText(RequestText::format(previews));
    } else {
        m_requests->clear();
        m_error->setText(m_wizard->engine() ? m_wizard->engine()->errorString()
                                            : tr("No batch engine."));
        m_error->show();
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
    emit completeChanged();
}

bool OfflineReviewPage::isComplete() const
{
    return m_valid;
}

bool OfflineReviewPage::validatePage()
{
    BatchEngine *engine = m_wizard->engine();
    if (!engine || !m_valid)
        return false;
    const qint64 runId = engine->start(m_wizard->spec());
    if (runId == 0) {
        m_error->setText(tr("The run could not start: %1").arg(engine->errorString()));
        m_error->show();
        return false;
    }
    emit m_wizard->runStarted(runId);
    return true;
}

QString OfflineReviewPage::summaryText() const
{
    return m_summary->text();
}

QString OfflineReviewPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void OfflineReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_wizard->currentPage() == this)
            refresh();
    }
    QWizardPage::changeEvent(event);
}

void OfflineReviewPage::retranslateUi()
{
    setTitle(tr("Review"));
    setSubTitle(tr("Check what will be sent. Submit starts the run; the progress view follows "
                   "it."));
    setButtonText(QWizard::FinishButton, tr("&Submit"));
    m_counts->setHeaderLabels({tr("Entity type"), tr("Entities")});
    m_chunkLabel->setText(tr("&Entities per request:"));
    m_requestsLabel->setText(tr("&Requests, exactly as they will be sent:"));
    m_copy->setText(tr("&Copy as CLI command"));
}

} // namespace dataarts::ui
