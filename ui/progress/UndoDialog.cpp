#include "UndoDialog.h"

#include "panes/common/StatusBadgeDelegate.h"

#include "client/Pager.h"
#include "client/jobs/ListApproversJob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dataarts::ui {

namespace {

constexpr int kUserIdRole = Qt::UserRole;
constexpr int kUserNameRole = Qt::UserRole + 1;

QTreeWidget *makeList(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setItemDelegate(new StatusBadgeDelegate(list)); // rows fit CJK names
    list->setTextElideMode(Qt::ElideMiddle);
    list->setHeaderLabels(headers);
    list->header()->resizeSection(0, 300);
    return list;
}

// As the offline wizard shows an approver: name (user name) · e-mail.
QString approverText(const Approver &a)
{
    QString text = a.approverName;
    if (!a.userName.isEmpty() && a.userName != a.approverName)
        text += QStringLiteral(" (") + a.userName + QLatin1Char(')');
    if (!a.email.isEmpty())
        text += QStringLiteral(" · ") + a.email;
    return text;
}

} // namespace

QString UndoDialog::appsText(const UndoPlan &plan, const QString &apiId, const QString &clusterId)
{
    const QString key = UndoPlan::key(apiId, clusterId);
    if (plan.unrecorded.contains(key))
        return tr("not recorded by this run: publish only");
    QStringList names;
    for (const AppAuthorization &app : plan.apps.value(key))
        names.append(app.appName.isEmpty() ? app.appId : app.appName);
    if (names.isEmpty())
        return tr("none were authorized");
    return QLocale().createSeparatedList(names);
}

UndoDialog::UndoDialog(qint64 runId, const UndoPlan &plan, Session *session, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_skippedLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("undoDialog"));
    const int count = int(plan.pairs.size());
    const bool entities = plan.needsApprover();
    const bool republish = plan.kind == RunKind::ApiRepublish;
    const QString run = QLocale().toString(runId);
    setWindowTitle(tr("Undo run %1").arg(run));
    m_summary->setWordWrap(true);
    if (entities) {
        m_summary->setText(tr("A batch publish will be sent for these %n entity(s), which run "
                              "%1 took offline and which are still offline:",
                              nullptr, count)
                               .arg(run));
        m_targets = makeList(this, QStringLiteral("undoTargets"),
                             {tr("Entity"), tr("Type"), tr("Entity id"), tr("Status now")});
        m_targets->setAccessibleName(tr("Entities to publish again"));
    } else if (republish) {
        m_summary->setText(
            tr("These %n pair(s), which run %1 unpublished, will be published again and the "
               "apps authorized on them before the run authorized again, each until its "
               "recorded end. The apps' static parameters and pending authorizations are not "
               "restored, and the apps cannot call the API until then.",
               nullptr, count)
                .arg(run));
        m_targets = makeList(this, QStringLiteral("undoTargets"),
                             {tr("API @ cluster"), tr("API id"), tr("Cluster id"),
                              tr("Apps authorized again")});
        m_targets->setAccessibleName(tr("Pairs to undo"));
    } else {
        m_summary->setText(tr("%1 will be sent for these %n pair(s), which run %2 changed and "
                              "which have not changed since:",
                              nullptr, count)
                               .arg(enumName(plan.inverse), run));
        m_targets = makeList(this, QStringLiteral("undoTargets"),
                             {tr("API @ cluster"), tr("API id"), tr("Cluster id")});
        m_targets->setAccessibleName(tr("Pairs to undo"));
    }
    for (const auto &pair : plan.pairs) {
        const QString name = plan.nameOf(pair.first, pair.second);
        QStringList texts;
        if (entities) {
            const QString now = plan.current.value(UndoPlan::key(pair.first, pair.second));
            texts = {name.isEmpty() ? pair.first : name, pair.second, pair.first,
                     now.isEmpty() ? tr("not readable for this type") : now};
        } else {
            texts = {name.isEmpty() ? pair.first : name, pair.first, pair.second};
            if (republish)
                texts.append(UndoDialog::appsText(plan, pair.first, pair.second));
        }
        auto *item = new QTreeWidgetItem(m_targets, texts);
        for (int c = 1; c < texts.size(); ++c)
            item->setToolTip(c, item->text(c));
        if (entities && texts.last() != QLatin1String("OFFLINE"))
            item->setToolTip(3, tr("The status of this type cannot be listed; the server "
                                   "refuses to publish it if it is no longer offline."));
    }
    m_skippedLabel->setText(tr("Left out (%n):", nullptr, int(plan.skipped.size())));
    m_skipped = makeList(this, QStringLiteral("undoSkipped"), {tr("Target"), tr("Reason")});
    m_skipped->setAccessibleName(tr("Left out of the undo"));
    for (const UndoPlan::Skip &s : plan.skipped) {
        const QString id = s.keyPart.isEmpty() ? s.keyId
                           : entities          ? s.keyPart + QLatin1Char(':') + s.keyId
                                               : s.keyId + QLatin1Char('@') + s.keyPart;
        auto *item = new QTreeWidgetItem(m_skipped, {s.name.isEmpty() ? id : s.name, s.reason});
        item->setToolTip(0, id);
        item->setToolTip(1, s.reason);
    }
    m_skippedLabel->setVisible(!plan.skipped.isEmpty());
    m_skipped->setVisible(!plan.skipped.isEmpty());

    QPushButton *undo =
        m_buttons->addButton(entities ? tr("&Publish %n entity(s) again", nullptr, count)
                     : republish ? tr("&Publish %n pair(s) again", nullptr, count)
                                 : tr("&Undo %n pair(s)", nullptr, count),
                             QDialogButtonBox::AcceptRole);
    undo->setObjectName(QStringLiteral("undoButton"));
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_targets, 2);
    if (entities) {
        // The approver: the run's until the list is read, then chosen from the list.
        m_approverLabel = new QLabel(tr("&Approver:"), this);
        m_approver = new QComboBox(this);
        m_approver->setObjectName(QStringLiteral("undoApprover"));
        m_approver->setAccessibleName(tr("Approver"));
        m_approverLabel->setBuddy(m_approver);
        m_approver->addItem(plan.approval.approverUserName);
        m_approver->setItemData(0, plan.approval.approverUserId, kUserIdRole);
        m_approver->setItemData(0, plan.approval.approverUserName, kUserNameRole);
        m_fast = new QCheckBox(
            tr("Approve it &myself (fast approval: the entities are published at once; only "
               "when you are an approver)"),
            this);
        m_fast->setObjectName(QStringLiteral("undoFastApproval"));
        m_fast->setChecked(plan.approval.fastApproval);
        m_approverStatus = new QLabel(this);
        m_approverStatus->setObjectName(QStringLiteral("undoApproverStatus"));
        m_approverStatus->setWordWrap(true);
        auto *form = new QFormLayout;
        form->addRow(m_approverLabel, m_approver);
        form->addRow(QString(), m_fast);
        form->addRow(QString(), m_approverStatus);
        layout->addLayout(form);
        connect(m_approver, &QComboBox::currentIndexChanged, this, &UndoDialog::updateButton);
    }
    layout->addWidget(m_skippedLabel);
    layout->addWidget(m_skipped, 1);
    layout->addWidget(m_buttons);
    resize(760, entities ? 560 : 480);
    updateButton();
    if (entities)
        loadApprovers();
}

UndoDialog::~UndoDialog()
{
    if (m_pager) {
        disconnect(m_pager, nullptr, this, nullptr);
        m_pager->cancel();
    }
}

QPushButton *UndoDialog::undoButton() const
{
    return m_buttons->findChild<QPushButton *>(QStringLiteral("undoButton"));
}

QString UndoDialog::approverStatus() const
{
    return m_approverStatus ? m_approverStatus->text() : QString();
}

void UndoDialog::loadApprovers()
{
    if (!m_session) {
        m_loaded = true;
        return;
    }
    m_loading.clear();
    Session *session = m_session;
    m_pager = new Pager([session] { return new ListApproversJob(session); }, this);
    connect(m_pager, &Pager::pageReady, this, [this](ListJob *job) {
        m_loading.append(static_cast<ListApproversJob *>(job)->result().records);
    });
    connect(m_pager, &Pager::finished, this, &UndoDialog::onApprovers);
    m_approverStatus->setText(tr("Loading the approvers…"));
    m_pager->start();
}

void UndoDialog::onApprovers()
{
    Pager *pager = m_pager;
    m_pager = nullptr;
    pager->deleteLater();
    m_loaded = true;
    if (!pager->ok()) {
        // The run's approver stays offered: it was valid when the run was sent.
        m_approverStatus->setText(
            tr("The approvers could not be loaded (%1); the run's approver is offered.")
                .arg(pager->error().message()));
        updateButton();
        return;
    }
    const QString original = m_plan.approval.approverUserId;
    const QString originalName = m_plan.approval.approverUserName;
    m_approver->blockSignals(true);
    m_approver->clear();
    int chosen = -1;
    for (const Approver &a : std::as_const(m_loading)) {
        m_approver->addItem(approverText(a));
        const int row = m_approver->count() - 1;
        m_approver->setItemData(row, a.userId, kUserIdRole);
        m_approver->setItemData(row, a.approverName.isEmpty() ? a.userName : a.approverName,
                                kUserNameRole);
        if (chosen < 0 && !original.isEmpty() && a.userId == original)
            chosen = row;
    }
    if (chosen < 0 && !original.isEmpty()) {
        // No longer listed: still offered first, said so.
        m_approver->insertItem(0, tr("%1 (the run's approver, not listed now)").arg(originalName));
        m_approver->setItemData(0, original, kUserIdRole);
        m_approver->setItemData(0, originalName, kUserNameRole);
        chosen = 0;
    }
    m_approver->setCurrentIndex(chosen);
    m_approver->blockSignals(false);
    m_approverStatus->setText(
        tr("%n approver(s); the run's approver is chosen.", nullptr, int(m_loading.size())));
    updateButton();
}

void UndoDialog::updateButton()
{
    bool ready = !m_plan.pairs.isEmpty();
    if (m_approver)
        ready = ready && m_approver->currentIndex() >= 0 &&
                !m_approver->currentData(kUserIdRole).toString().isEmpty();
    if (QPushButton *button = undoButton())
        button->setEnabled(ready);
}

UndoPlan UndoDialog::plan() const
{
    UndoPlan out = m_plan;
    if (m_approver && m_approver->currentIndex() >= 0)
        out.setApprover(m_approver->currentData(kUserIdRole).toString(),
                        m_approver->currentData(kUserNameRole).toString(), m_fast->isChecked());
    return out;
}

} // namespace dataarts::ui
