#include "RunReviewPage.h"

#include "RequestText.h"
#include "RunWizard.h"

#include "batch/BatchEngine.h"
#include "client/Session.h"
#include "runs/UndoLimits.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dataarts::ui {

RunReviewPage::RunReviewPage(RunWizard *wizard)
    : m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_undoLimits(new QLabel(this))
    , m_counts(new QTreeWidget(this))
    , m_optionsRow(new QHBoxLayout)
    , m_requestsLabel(new QLabel(this))
    , m_requests(new QPlainTextEdit(this))
    , m_copy(new QPushButton(this))
    , m_error(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_undoLimits->setObjectName(QStringLiteral("undoLimitsLabel"));
    m_undoLimits->setWordWrap(true);
    m_undoLimits->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts->setObjectName(QStringLiteral("countsView"));
    m_counts->setRootIsDecorated(false);
    m_counts->setColumnCount(2);
    m_counts->setMaximumHeight(140);
    m_requests->setObjectName(QStringLiteral("requestsView"));
    m_requests->setReadOnly(true);
    m_requests->setTabChangesFocus(true);
    m_requests->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_requests->setTabChangesFocus(true);
    m_requests->setFont(QFont(QStringLiteral("monospace")));
    m_requestsLabel->setBuddy(m_requests);
    m_copy->setObjectName(QStringLiteral("copyCli"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_optionsRow->addStretch(1);
    m_optionsRow->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_undoLimits);
    layout->addWidget(m_counts);
    layout->addLayout(m_optionsRow);
    layout->addWidget(m_requestsLabel);
    layout->addWidget(m_requests, 1);
    layout->addWidget(m_error);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_wizard->cliCommand()); });
}

void RunReviewPage::initializePage()
{
    m_error->hide();
    refresh();
}

void RunReviewPage::refresh()
{
    const QLocale loc = locale();
    m_counts->clear();
    for (const Count &c : counts()) {
        auto *item = new QTreeWidgetItem(m_counts, QStringList{c.label, loc.toString(c.count)});
        item->setToolTip(0, c.toolTip.isEmpty() ? c.label : c.toolTip);
    }

    const RunSpec spec = m_wizard->spec();
    BatchEngine *engine = m_wizard->engine();
    const QList<RequestPreview> previews = engine ? engine->preview(spec) : QList<RequestPreview>();
    m_valid = !previews.isEmpty();
    if (m_valid) {
        m_requests->setPlainText(RequestText::format(previews));
    } else {
        m_requests->clear();
        m_error->setText(engine ? engine->errorString() : tr("No batch engine."));
        m_error->show();
    }
    m_summary->setText(summaryLines(spec, previews).join(QLatin1Char('\n')));
    const QStringList limits = UndoLimits::forSpec(spec);
    m_undoLimits->setText(UndoLimits::join(limits));
    m_undoLimits->setVisible(!limits.isEmpty());
    emit completeChanged();
}

bool RunReviewPage::isComplete() const
{
    return m_valid;
}

bool RunReviewPage::validatePage()
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

QString RunReviewPage::summaryText() const
{
    return m_summary->text();
}

QString RunReviewPage::undoLimitsText() const
{
    return m_undoLimits->isHidden() ? QString() : m_undoLimits->text();
}

QString RunReviewPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RunReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_wizard->currentPage() == this)
            refresh();
    }
    QWizardPage::changeEvent(event);
}

void RunReviewPage::retranslateUi()
{
    setTitle(tr("Review"));
    setSubTitle(tr("Check what will be sent. Submit starts the run; the progress view follows "
                   "it."));
    setButtonText(QWizard::FinishButton, tr("&Submit"));
    m_requestsLabel->setText(tr("&Requests, exactly as they will be sent:"));
    m_copy->setText(tr("&Copy as CLI command"));
    m_counts->setAccessibleName(tr("Counts"));
    retranslatePage();
}

} // namespace dataarts::ui
