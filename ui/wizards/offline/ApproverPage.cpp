#include "ApproverPage.h"

#include "OfflineWizard.h"

#include "panes/common/AccessibleText.h"
#include "wizards/common/BusyPanel.h"

#include "client/Pager.h"
#include "client/jobs/ListApproversJob.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace dataarts::ui {

ApproverPage::ApproverPage(OfflineWizard *wizard)
    : m_wizard(wizard)
    , m_busy(new BusyPanel(this))
    , m_fast(new QCheckBox(this))
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_error(new QLabel(this))
    , m_idField(new QLineEdit(this))
    , m_nameField(new QLineEdit(this))
{
    m_fast->setObjectName(QStringLiteral("fastApproval"));
    m_search->setObjectName(QStringLiteral("approverSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_list->setObjectName(QStringLiteral("approverList"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_idField->hide();
    m_nameField->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_busy);
    layout->addWidget(m_fast);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);
    registerField(OfflineWizard::approverIdField(), m_idField);
    registerField(OfflineWizard::approverNameField(), m_nameField);
    registerField(OfflineWizard::fastApprovalField(), m_fast);
    connect(m_busy, &BusyPanel::retryRequested, this, &ApproverPage::load);
    connect(m_search, &QLineEdit::textChanged, this, &ApproverPage::applyFilter);
    connect(m_fast, &QCheckBox::toggled, this, [this](bool on) {
        m_search->setEnabled(!on);
        m_list->setEnabled(!on);
        m_error->hide();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { m_error->hide(); });
    retranslateUi();
}

void ApproverPage::initializePage()
{
    if (!m_loaded && !m_pager)
        load();
}

void ApproverPage::load()
{
    m_loaded = false;
    m_loading.clear();
    Session *session = m_wizard->session();
    m_pager = new Pager([session] { return new ListApproversJob(session); }, this);
    connect(m_pager, &Pager::pageReady, this, &ApproverPage::onPage);
    connect(m_pager, &Pager::finished, this, &ApproverPage::onLoaded);
    connect(m_pager, &Pager::progress, this, [this](qint64 loaded, qint64 total) {
        m_busy->showBusy(tr("Loading the approvers…"), loaded, total);
    });
    m_busy->showBusy(tr("Loading the approvers…"));
    m_pager->start();
    emit completeChanged();
}

void ApproverPage::onPage(ListJob *job)
{
    m_loading.append(static_cast<ListApproversJob *>(job)->result().records);
}

void ApproverPage::onLoaded()
{
    Pager *pager = m_pager;
    m_pager = nullptr;
    pager->deleteLater();
    if (!pager->ok()) {
        m_busy->showError(
            tr("The approvers could not be loaded: %1").arg(pager->error().message()));
        return;
    }
    m_approvers = m_loading;
    m_loaded = true;
    m_busy->showDone(tr("%n approvers", nullptr, int(m_approvers.size())));
    fillList();
    const bool selfApprover = self() != nullptr;
    m_fast->setVisible(selfApprover);
    if (!selfApprover)
        m_fast->setChecked(false);
    emit completeChanged();
}

const Approver *ApproverPage::self() const
{
    const QString me = m_wizard->userName();
    if (me.isEmpty())
        return nullptr;
    for (const Approver &a : m_approvers) {
        if (a.userName == me || a.approverName == me)
            return &a;
    }
    return nullptr;
}

void ApproverPage::fillList()
{
    m_list->clear();
    for (qsizetype i = 0; i < m_approvers.size(); ++i) {
        const Approver &a = m_approvers.at(i);
        QString text = a.approverName;
        if (!a.userName.isEmpty() && a.userName != a.approverName)
            text += QStringLiteral(" (") + a.userName + QLatin1Char(')');
        if (!a.email.isEmpty())
            text += QStringLiteral(" · ") + a.email;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, int(i));
    }
    applyFilter();
}

void ApproverPage::applyFilter()
{
    const QString needle = m_search->text().trimmed();
    int firstShown = -1;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool shown = needle.isEmpty() || item->text().contains(needle, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && firstShown < 0)
            firstShown = row;
    }
    QListWidgetItem *current = m_list->currentItem();
    if ((!current || current->isHidden()) && firstShown >= 0 && !needle.isEmpty())
        m_list->setCurrentRow(firstShown);
}

bool ApproverPage::isComplete() const
{
    return m_loaded;
}

bool ApproverPage::validatePage()
{
    if (!m_loaded)
        return false;
    const Approver *chosen = nullptr;
    if (m_fast->isChecked() && !m_fast->isHidden()) {
        chosen = self();
    } else {
        m_fast->setChecked(false);
        QListWidgetItem *item = m_list->currentItem();
        if (item && !item->isHidden() && item->isSelected())
            chosen = &m_approvers.at(item->data(Qt::UserRole).toInt());
    }
    if (!chosen) {
        // Self-approval is offered only to approvers (the box is hidden otherwise).
        m_error->setText(m_fast->isHidden()
                             ? tr("Pick the approver from the list.")
                             : tr("Pick the approver from the list, or approve it yourself."));
        m_error->show();
        return false;
    }
    m_idField->setText(chosen->userId);
    m_nameField->setText(chosen->approverName.isEmpty() ? chosen->userName : chosen->approverName);
    return true;
}

QString ApproverPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ApproverPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_loaded)
            m_busy->showDone(tr("%n approvers", nullptr, int(m_approvers.size())));
    }
    QWizardPage::changeEvent(event);
}

void ApproverPage::retranslateUi()
{
    setTitle(tr("Approver"));
    setSubTitle(tr("The approver decides whether the entities go offline. Until then they "
                   "stay published, waiting for the approval."));
    m_fast->setText(tr("Approve it &myself (fast approval: the entities go offline at once)"));
    m_searchLabel->setText(tr("&Find:"));
    m_search->setPlaceholderText(tr("Search approvers by name or e-mail"));
    m_list->setAccessibleName(tr("Approvers"));
    accessibleText::nameLineEditButtons(m_search);
}

} // namespace dataarts::ui
