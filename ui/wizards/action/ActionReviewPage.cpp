#include "ActionReviewPage.h"

#include "ActionPage.h"
#include "ApiActionWizard.h"

#include "wizards/common/EffectiveTime.h"
#include "wizards/common/RequestText.h"

#include "batch/BatchEngine.h"
#include "client/Session.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dataarts::ui {

ActionReviewPage::ActionReviewPage(ApiActionWizard *wizard)
    : m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_counts(new QTreeWidget(this))
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
    m_counts->setMaximumHeight(120);
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
    auto *row = new QHBoxLayout;
    row->addWidget(m_requestsLabel, 1);
    row->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_counts);
    layout->addLayout(row);
    layout->addWidget(m_requests, 1);
    layout->addWidget(m_error);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_wizard->cliCommand()); });
    retranslateUi();
}

void ActionReviewPage::initializePage()
{
    m_error->hide();
    refresh();
}

void ActionReviewPage::refresh()
{
    const QLocale loc = locale();
    QMap<QString, int> perCluster;
    for (const auto &pair : m_wizard->toSend())
        ++perCluster[pair.second];
    m_counts->clear();
    for (auto it = perCluster.cbegin(); it != perCluster.cend(); ++it)
        new QTreeWidgetItem(m_counts,
                            QStringList{m_wizard->clusterName(it.key()), loc.toString(it.value())});

    const ApiAction action = m_wizard->action();
    QStringList lines;
    lines << tr("%1 on %n API × cluster pairs.", nullptr, int(m_wizard->toSend().size()))
                 .arg(enumName(action));
    lines << ActionPage::explanation(int(action));
    const QDateTime at =
        EffectiveTime::fromWire(m_wizard->field(ApiActionWizard::timeField()).toString());
    lines << tr("Effective time: %1.").arg(EffectiveTime::display(at, m_wizard->timeZone(), loc));
    lines << tr("Calls to the same cluster are sent one after the other.");

    const RunSpec spec = m_wizard->spec();
    const QList<RequestPreview> previews =
        m_wizard->engine() ? m_wizard->engine()->preview(spec) : QList<RequestPreview>();
    m_valid = !previews.isEmpty();
    if (m_valid) {
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

bool ActionReviewPage::isComplete() const
{
    return m_valid;
}

bool ActionReviewPage::validatePage()
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

QString ActionReviewPage::summaryText() const
{
    return m_summary->text();
}

QString ActionReviewPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ActionReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_wizard->currentPage() == this)
            refresh();
    }
    QWizardPage::changeEvent(event);
}

void ActionReviewPage::retranslateUi()
{
    setTitle(tr("Review"));
    setSubTitle(tr("Check what will be sent. Submit starts the run; the progress view follows "
                   "it."));
    setButtonText(QWizard::FinishButton, tr("&Submit"));
    m_counts->setHeaderLabels({tr("Cluster"), tr("Pairs")});
    m_requestsLabel->setText(tr("&Requests, exactly as they will be sent:"));
    m_copy->setText(tr("&Copy as CLI command"));
}

} // namespace dataarts::ui
