#include "ActionPreflightPage.h"

#include "ApiActionWizard.h"

#include "wizards/common/BusyPanel.h"

#include "client/Pager.h"
#include "client/jobs/ListApiActionInstancesJob.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dataarts::ui {

ActionPreflightPage::ActionPreflightPage(ApiActionWizard *wizard)
    : m_wizard(wizard)
    , m_busy(new BusyPanel(this))
    , m_counts(new QLabel(this))
    , m_excluded(new QTreeWidget(this))
    , m_error(new QLabel(this))
{
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_counts->setWordWrap(true);
    m_excluded->setObjectName(QStringLiteral("excludedList"));
    m_excluded->setRootIsDecorated(false);
    m_excluded->setColumnCount(3);
    m_excluded->header()->setStretchLastSection(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_busy);
    layout->addWidget(m_counts);
    layout->addWidget(m_excluded, 1);
    layout->addWidget(m_error);
    // Nothing left out (the list hidden): the texts stay at the top, not spread down the page.
    layout->addStretch();
    connect(m_busy, &BusyPanel::retryRequested, this, &ActionPreflightPage::retryFailed);
    retranslateUi();
}

void ActionPreflightPage::initializePage()
{
    stopAll();
    m_answers.clear();
    m_failures.clear();
    m_partial.clear();
    m_excluded->clear();
    m_counts->clear();
    m_error->hide();
    m_done = false;
    QStringList apis;
    for (const auto &pair : m_wizard->targets()) {
        if (!apis.contains(pair.first))
            apis.append(pair.first);
    }
    m_apis = int(apis.size());
    m_queue = apis;
    startMore();
    emit completeChanged();
}

void ActionPreflightPage::cleanupPage()
{
    stopAll();
    m_done = false;
}

void ActionPreflightPage::stopAll()
{
    for (const QPointer<Pager> &p : std::as_const(m_running)) {
        if (p) {
            disconnect(p, nullptr, this, nullptr);
            p->cancel();
            p->deleteLater();
        }
    }
    m_running.clear();
    m_queue.clear();
}

void ActionPreflightPage::retryFailed()
{
    m_queue = m_failures.keys();
    m_failures.clear();
    startMore();
}

void ActionPreflightPage::startMore()
{
    Session *session = m_wizard->session();
    const QString action = enumName(m_wizard->action());
    while (m_running.size() < kParallel && !m_queue.isEmpty()) {
        const QString apiId = m_queue.takeFirst();
        ListApiActionInstancesJob::Filter filter;
        filter.apiId = apiId;
        filter.action = action;
        auto *pager = new Pager(
            [session, filter] { return new ListApiActionInstancesJob(session, filter); }, this);
        pager->setLimit(100);
        pager->setMaxPages(50);
        m_partial.remove(apiId);
        connect(pager, &Pager::pageReady, this,
                [this, apiId](ListJob *job) { onPage(apiId, job); });
        connect(pager, &Pager::finished, this, [this, apiId, pager] { onFinished(apiId, pager); });
        m_running.insert(apiId, pager);
        pager->start();
    }
    if (m_running.isEmpty()) {
        if (m_failures.isEmpty()) {
            m_done = true;
            showResults();
            emit completeChanged();
        } else {
            QStringList messages = m_failures.values();
            messages.removeDuplicates();
            m_busy->showError(
                tr("%n APIs could not be checked: %1", nullptr, int(m_failures.size()))
                    .arg(messages.join(QStringLiteral("; "))));
        }
        return;
    }
    showProgress();
}

void ActionPreflightPage::onPage(const QString &apiId, ListJob *job)
{
    m_partial[apiId].append(static_cast<ListApiActionInstancesJob *>(job)->result().records);
}

void ActionPreflightPage::onFinished(const QString &apiId, Pager *pager)
{
    m_running.remove(apiId);
    pager->deleteLater();
    if (pager->ok()) {
        const QList<ApiActionInstance> clusters = m_partial.take(apiId);
        for (const ApiActionInstance &c : clusters)
            m_wizard->setClusterName(c.instanceId, c.name);
        m_answers.insert(apiId, clusters);
    } else {
        m_failures.insert(apiId, pager->error().message());
    }
    startMore();
}

void ActionPreflightPage::showProgress()
{
    const int answered = int(m_answers.size() + m_failures.size());
    m_busy->showBusy(tr("Asking which clusters accept the action: %1 of %2 APIs…")
                         .arg(locale().toString(answered), locale().toString(m_apis)),
                     answered, m_apis);
}

int ActionPreflightPage::includedCount() const
{
    return int(m_wizard->toSend().size());
}

int ActionPreflightPage::excludedCount() const
{
    return m_excluded->topLevelItemCount();
}

void ActionPreflightPage::showResults()
{
    if (!m_done)
        return;
    QList<ApiActionWizard::Pair> send;
    QList<QTreeWidgetItem *> rows;
    const ApiAction action = m_wizard->action();
    const bool reviewerOnly = action == ApiAction::Unpublish || action == ApiAction::Stop;
    const QString user = m_wizard->userName();
    for (const auto &pair : m_wizard->targets()) {
        const QList<ApiActionInstance> clusters = m_answers.value(pair.first);
        const ApiActionInstance *found = nullptr;
        for (const ApiActionInstance &c : clusters) {
            if (c.instanceId == pair.second)
                found = &c;
        }
        // UNPUBLISH and STOP are the API reviewer's alone (dataarts-api.md section 7.5): the
        // server would refuse them (DLM.4093) from anyone else.
        const QString reviewer = m_wizard->reviewer(pair.first);
        const bool notReviewer =
            reviewerOnly && !reviewer.isEmpty() && !user.isEmpty() && reviewer != user;
        if (found && found->result && !notReviewer) {
            send.append(pair);
            continue;
        }
        QString cause;
        if (found && found->result)
            cause = tr("Only the API's reviewer, %1, can unpublish or stop it; you are %2.")
                        .arg(reviewer, user);
        else if (!found)
            cause = tr("The server does not offer this cluster for the action.");
        else if (!found->cause.isEmpty())
            cause = found->cause;
        else
            cause = tr("The server says the action is not possible here (status %1).")
                        .arg(found->apiStatus.raw);
        QString api = m_wizard->apiName(pair.first);
        api =
            api.isEmpty() ? pair.first : api + QStringLiteral(" (") + pair.first + QLatin1Char(')');
        rows.append(
            new QTreeWidgetItem(QStringList{api, m_wizard->clusterName(pair.second), cause}));
    }
    m_wizard->setToSend(send);
    m_excluded->clear();
    m_excluded->addTopLevelItems(rows);
    m_excluded->setVisible(!rows.isEmpty());
    m_busy->showDone(tr("%n pairs can take the action.", nullptr, int(send.size())));
    m_counts->setText(tr("%n pairs are left out (listed below with the server's cause).", nullptr,
                         int(rows.size())));
}

bool ActionPreflightPage::isComplete() const
{
    return m_done;
}

bool ActionPreflightPage::validatePage()
{
    if (!m_done)
        return false;
    if (m_wizard->toSend().isEmpty()) {
        m_error->setText(tr("None of these pairs can take this action. Go back and change the "
                            "pairs or the action."));
        m_error->show();
        return false;
    }
    return true;
}

QString ActionPreflightPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ActionPreflightPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showResults();
    }
    QWizardPage::changeEvent(event);
}

void ActionPreflightPage::retranslateUi()
{
    setTitle(tr("Pre-flight check"));
    setSubTitle(tr("The server is asked, for every API, on which clusters the action is "
                   "possible."));
    m_excluded->setAccessibleName(tr("Left out"));
    m_excluded->setHeaderLabels({tr("API"), tr("Cluster"), tr("Cause")});
}

int ActionPreflightPage::nextId() const
{
    return m_wizard->action() == ApiAction::Recover ? ApiActionWizard::TimePageId
                                                    : ApiActionWizard::ImpactPageId;
}

} // namespace dataarts::ui
