#include "PreflightPage.h"

#include "OfflineWizard.h"

#include "wizards/common/BusyPanel.h"

#include "batch/TableStatusLookup.h"
#include "dto/BizType.h"

#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dataarts::ui {

PreflightPage::PreflightPage(OfflineWizard *wizard)
    : m_wizard(wizard)
    , m_busy(new BusyPanel(this))
    , m_counts(new QLabel(this))
    , m_excluded(new QTreeWidget(this))
    , m_include(new QCheckBox(this))
    , m_error(new QLabel(this))
{
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_counts->setWordWrap(true);
    m_excluded->setObjectName(QStringLiteral("excludedList"));
    m_excluded->setRootIsDecorated(false);
    m_excluded->setColumnCount(3);
    m_excluded->header()->setStretchLastSection(true);
    m_include->setObjectName(QStringLiteral("includeExcluded"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_busy);
    layout->addWidget(m_counts);
    layout->addWidget(m_excluded, 1);
    layout->addWidget(m_include);
    layout->addWidget(m_error);
    // Nothing left out (the list hidden): the texts stay at the top, not spread down the page.
    layout->addStretch();
    connect(m_busy, &BusyPanel::retryRequested, this, &PreflightPage::startLookup);
    connect(m_include, &QCheckBox::toggled, this, [this] { m_error->hide(); });
    retranslateUi();
}

void PreflightPage::initializePage()
{
    m_include->setChecked(false);
    startLookup();
}

void PreflightPage::cleanupPage()
{
    if (m_lookup) {
        m_lookup->cancel();
        m_lookup->deleteLater();
    }
    m_done = false;
}

void PreflightPage::startLookup()
{
    if (m_lookup) {
        m_lookup->cancel();
        m_lookup->deleteLater();
    }
    m_done = false;
    m_error->hide();
    m_checked.clear();
    m_excluded->clear();
    m_counts->clear();
    m_include->setEnabled(false);
    QSet<QString> wanted;
    QStringList kinds;
    for (const BizInfo &info : m_wizard->entities()) {
        m_checked.append(Checked{info, Verdict::Unknown, QString()});
        if (bizTypes::tableTypes().contains(info.bizType)) {
            wanted.insert(info.bizId);
            if (!kinds.contains(info.bizType))
                kinds.append(info.bizType);
        }
    }
    TableStatusLookup::Query query;
    query.bizTypes = kinds;
    query.statuses = {
        BizStatus::Published,         BizStatus::Offline, BizStatus::OfflineDeveloping,
        BizStatus::PublishDeveloping, BizStatus::Draft,   BizStatus::Reject};
    m_lookup = new TableStatusLookup(m_wizard->session(), query, wanted, this);
    connect(m_lookup, &TableStatusLookup::finished, this, &PreflightPage::onLookup);
    m_busy->showBusy(tr("Reading the status of %n entities…", nullptr, int(m_checked.size())));
    m_lookup->start();
    emit completeChanged();
}

void PreflightPage::onLookup()
{
    TableStatusLookup *lookup = m_lookup;
    if (!lookup)
        return;
    m_lookup = nullptr;
    lookup->deleteLater();
    if (!lookup->ok()) {
        if (lookup->error().kind == ApiError::Kind::Cancelled)
            return;
        m_busy->showError(tr("The status could not be read: %1").arg(lookup->error().message()));
        return;
    }
    m_wizard->setTables(lookup->records());
    const QHash<QString, BizStatus> &found = lookup->statuses();
    for (Checked &c : m_checked) {
        if (!bizTypes::tableTypes().contains(c.info.bizType))
            continue;
        const auto it = found.constFind(c.info.bizId);
        if (it == found.cend())
            continue;
        c.status = enumName(*it);
        switch (*it) {
        case BizStatus::Published:
            c.verdict = Verdict::Published;
            break;
        case BizStatus::Offline:
            c.verdict = Verdict::Offline;
            break;
        case BizStatus::OfflineDeveloping:
        case BizStatus::PublishDeveloping:
            c.verdict = Verdict::Pending;
            break;
        case BizStatus::Draft:
        case BizStatus::Reject:
            c.verdict = Verdict::NotPublished;
            break;
        default:
            c.verdict = Verdict::Unknown;
        }
    }
    m_done = true;
    m_include->setEnabled(true);
    showResults();
    emit completeChanged();
}

int PreflightPage::count(Verdict verdict) const
{
    int n = 0;
    for (const Checked &c : m_checked)
        n += c.verdict == verdict ? 1 : 0;
    return n;
}

QString PreflightPage::reasonFor(const Checked &c) const
{
    switch (c.verdict) {
    case Verdict::Published:
        return {};
    case Verdict::Offline:
        return tr("Already offline");
    case Verdict::Pending:
        return tr("Waiting for an approval (%1)").arg(c.status);
    case Verdict::NotPublished:
        return tr("Not published (%1)").arg(c.status);
    case Verdict::Unknown:
        break;
    }
    if (!bizTypes::tableTypes().contains(c.info.bizType))
        return tr("Status unknown: entities of this type cannot be listed");
    return tr("Status unknown: not found in this workspace");
}

void PreflightPage::showResults()
{
    if (!m_done)
        return;
    const QLocale loc = locale();
    const int published = count(Verdict::Published);
    const int excluded = int(m_checked.size()) - published;
    m_busy->showDone(
        tr("%n entities are published and will be taken offline.", nullptr, published));
    m_counts->setText(
        tr("Left out: %1 already offline, %2 waiting for an approval, %3 not published, "
           "%4 unknown.")
            .arg(loc.toString(count(Verdict::Offline)), loc.toString(count(Verdict::Pending)),
                 loc.toString(count(Verdict::NotPublished)),
                 loc.toString(count(Verdict::Unknown))));
    m_excluded->clear();
    QList<QTreeWidgetItem *> rows;
    for (const Checked &c : m_checked) {
        if (c.verdict == Verdict::Published)
            continue;
        rows.append(new QTreeWidgetItem(QStringList{c.info.bizType, c.info.bizId, reasonFor(c)}));
    }
    m_excluded->addTopLevelItems(rows);
    m_excluded->setVisible(excluded > 0);
    m_include->setVisible(excluded > 0);
}

bool PreflightPage::isComplete() const
{
    return m_done;
}

bool PreflightPage::validatePage()
{
    if (!m_done)
        return false;
    QList<BizInfo> send;
    for (const Checked &c : m_checked) {
        if (c.verdict == Verdict::Published || m_include->isChecked())
            send.append(c.info);
    }
    if (send.isEmpty()) {
        m_error->setText(tr("None of these entities can be taken offline. Go back and change "
                            "the selection, or include the listed entities anyway."));
        m_error->show();
        return false;
    }
    m_wizard->setToSend(send);
    return true;
}

QString PreflightPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PreflightPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showResults();
    }
    QWizardPage::changeEvent(event);
}

void PreflightPage::retranslateUi()
{
    setTitle(tr("Pre-flight check"));
    setSubTitle(tr("Only published entities can go offline. The others are listed and left "
                   "out."));
    m_excluded->setAccessibleName(tr("Left out"));
    m_excluded->setHeaderLabels({tr("Type"), tr("ID"), tr("Why it is left out")});
    m_include->setText(tr("Send the listed entities &anyway (the server decides each)"));
}

} // namespace dataarts::ui
