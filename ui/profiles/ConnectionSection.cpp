#include "ConnectionSection.h"

#include "panes/common/StatusTone.h"

#include "profiles/ProfileValidator.h"
#include "profiles/Regions.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dataarts::ui {

namespace {

// Adds or selects the entry whose data is id; its text shows the name too.
void selectOrAdd(QComboBox *combo, const QString &id, const QString &name)
{
    if (id.isEmpty()) {
        combo->setCurrentIndex(-1);
        combo->setEditText(QString());
        return;
    }
    int index = combo->findData(id);
    if (index < 0) {
        if (name.isEmpty()) {
            combo->setCurrentIndex(-1);
            combo->setEditText(id);
            return;
        }
        combo->addItem(QStringLiteral("%1 (%2)").arg(name, id), id);
        combo->setItemData(combo->count() - 1, name, Qt::UserRole + 1);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace

ConnectionSection::ConnectionSection(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_name(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_endpoint(new QLineEdit(this))
    , m_projectId(new QLineEdit(this))
    , m_resolve(new QPushButton(this))
    , m_instance(new QComboBox(this))
    , m_findInstances(new QPushButton(this))
    , m_workspace(new QComboBox(this))
    , m_findWorkspaces(new QPushButton(this))
    , m_dlmType(new QComboBox(this))
    , m_discovery(new QLabel(this))
{
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(ProfileValidator::maxNameLength);
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->addItem(QString(), QString());
    for (const QString &id : regions::ids())
        m_region->addItem(id, id);
    m_endpoint->setObjectName(QStringLiteral("endpointEdit"));
    m_endpoint->setPlaceholderText(QStringLiteral("https://dayu.example.com"));
    m_projectId->setObjectName(QStringLiteral("projectIdEdit"));
    m_projectId->setMaxLength(64);
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_instance->setObjectName(QStringLiteral("instanceCombo"));
    m_instance->setEditable(true);
    m_instance->setInsertPolicy(QComboBox::NoInsert);
    m_findInstances->setObjectName(QStringLiteral("findInstancesButton"));
    m_workspace->setObjectName(QStringLiteral("workspaceCombo"));
    m_workspace->setEditable(true);
    m_workspace->setInsertPolicy(QComboBox::NoInsert);
    m_findWorkspaces->setObjectName(QStringLiteral("findWorkspacesButton"));
    m_dlmType->setObjectName(QStringLiteral("dlmTypeCombo"));
    m_dlmType->addItem(QString(), QString());
    m_dlmType->addItem(QString(), QStringLiteral("SHARED"));
    m_dlmType->addItem(QString(), QStringLiteral("EXCLUSIVE"));
    m_discovery->setObjectName(QStringLiteral("discoveryLabel"));
    m_discovery->setWordWrap(true);
    m_discovery->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_discovery->hide();

    const auto row = [this](QWidget *field, ProfileField which, QWidget *extra = nullptr) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        m_form->addRow(label, FieldErrorLabel::wrap(field, errorLabel(which), extra));
    };
    row(m_name, ProfileField::DisplayName);
    row(m_region, ProfileField::Region);
    row(m_endpoint, ProfileField::Endpoint);
    row(m_projectId, ProfileField::ProjectId, m_resolve);
    row(m_instance, ProfileField::InstanceId, m_findInstances);
    row(m_workspace, ProfileField::Workspace, m_findWorkspaces);
    m_form->addRow(QString(), m_discovery);
    row(m_dlmType, ProfileField::DlmType);

    for (QLineEdit *edit : {m_name, m_endpoint, m_projectId})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionSection::changed);
    for (QComboBox *combo : {m_instance, m_workspace})
        connect(combo, &QComboBox::editTextChanged, this, &ConnectionSection::changed);
    for (QComboBox *combo : {m_region, m_dlmType})
        connect(combo, &QComboBox::currentIndexChanged, this, &ConnectionSection::changed);
    connect(this, &ConnectionSection::changed, this, &ConnectionSection::updateButtons);
    connect(m_resolve, &QPushButton::clicked, this, &ConnectionSection::resolveRequested);
    connect(m_findInstances, &QPushButton::clicked, this,
            &ConnectionSection::findInstancesRequested);
    connect(m_findWorkspaces, &QPushButton::clicked, this,
            &ConnectionSection::findWorkspacesRequested);
    connect(m_instance, &QComboBox::activated, this, [this] {
        // A new instance has other workspaces.
        if (m_workspace->count() > 0 && !m_workspacesBusy)
            emit findWorkspacesRequested();
    });
    retranslateUi();
    updateButtons();
}

FieldErrorLabel *ConnectionSection::errorLabel(ProfileField field)
{
    auto *label = new FieldErrorLabel(field, this);
    m_errors.insert(field, label);
    return label;
}

void ConnectionSection::load(const Profile &profile)
{
    m_name->setText(profile.displayName);
    const int region = m_region->findData(profile.region);
    m_region->setCurrentIndex(region < 0 ? 0 : region);
    m_endpoint->setText(profile.customEndpoint);
    m_projectId->setText(profile.projectId);
    selectOrAdd(m_instance, profile.instanceId, profile.instanceName);
    selectOrAdd(m_workspace, profile.workspaceId, profile.workspaceName);
    const int dlm = m_dlmType->findData(profile.dlmType);
    m_dlmType->setCurrentIndex(dlm < 0 ? 0 : dlm);
    updateButtons();
}

QString ConnectionSection::comboValue(const QComboBox *combo)
{
    const int index = combo->currentIndex();
    if (index >= 0 && combo->currentText() == combo->itemText(index))
        return combo->itemData(index).toString();
    return combo->currentText().trimmed();
}

QString ConnectionSection::comboName(const QComboBox *combo)
{
    const int index = combo->currentIndex();
    if (index >= 0 && combo->currentText() == combo->itemText(index))
        return combo->itemData(index, Qt::UserRole + 1).toString();
    return QString();
}

void ConnectionSection::readInto(Profile &profile) const
{
    profile.displayName = m_name->text();
    profile.region = m_region->currentData().toString();
    profile.customEndpoint = m_endpoint->text();
    profile.projectId = m_projectId->text().trimmed();
    profile.instanceId = comboValue(m_instance);
    profile.instanceName = comboName(m_instance);
    profile.workspaceId = comboValue(m_workspace);
    profile.workspaceName = comboName(m_workspace);
    profile.dlmType = m_dlmType->currentData().toString();
}

QString ConnectionSection::region() const
{
    return m_region->currentData().toString();
}

QString ConnectionSection::instanceId() const
{
    return comboValue(m_instance);
}

void ConnectionSection::setProjectId(const QString &id)
{
    m_projectId->setText(id);
}

void ConnectionSection::setInstances(const QList<DataArtsInstance> &instances)
{
    const QString current = comboValue(m_instance);
    m_instance->clear();
    for (const DataArtsInstance &instance : instances) {
        m_instance->addItem(QStringLiteral("%1 (%2)").arg(instance.name, instance.id), instance.id);
        m_instance->setItemData(m_instance->count() - 1, instance.name, Qt::UserRole + 1);
    }
    int index = m_instance->findData(current);
    if (index < 0 && instances.size() == 1)
        index = 0;
    if (index >= 0)
        m_instance->setCurrentIndex(index);
    else
        m_instance->setEditText(current);
}

void ConnectionSection::setWorkspaces(const QList<DataArtsWorkspace> &workspaces)
{
    const QString current = comboValue(m_workspace);
    m_workspace->clear();
    int defaultIndex = -1;
    for (const DataArtsWorkspace &workspace : workspaces) {
        m_workspace->addItem(QStringLiteral("%1 (%2)").arg(workspace.name, workspace.id),
                             workspace.id);
        m_workspace->setItemData(m_workspace->count() - 1, workspace.name, Qt::UserRole + 1);
        if (workspace.isDefault != 0 && defaultIndex < 0)
            defaultIndex = m_workspace->count() - 1;
    }
    int index = m_workspace->findData(current);
    if (index < 0 && current.isEmpty())
        index = defaultIndex >= 0 ? defaultIndex : (workspaces.isEmpty() ? -1 : 0);
    if (index >= 0)
        m_workspace->setCurrentIndex(index);
    else
        m_workspace->setEditText(current);
}

void ConnectionSection::setResolveBusy(bool busy)
{
    m_resolveBusy = busy;
    updateButtons();
}

void ConnectionSection::setInstancesBusy(bool busy)
{
    m_instancesBusy = busy;
    updateButtons();
}

void ConnectionSection::setWorkspacesBusy(bool busy)
{
    m_workspacesBusy = busy;
    updateButtons();
}

void ConnectionSection::setDiscoveryMessage(const QString &message, bool isError)
{
    m_discovery->setText(message);
    m_discovery->setStyleSheet(isError ? toneTextStyleSheet(StatusTone::Bad, palette())
                                       : QString());
    m_discovery->setVisible(!message.isEmpty());
}

void ConnectionSection::updateButtons()
{
    m_resolve->setEnabled(!m_resolveBusy && !region().isEmpty());
    m_resolve->setToolTip(region().isEmpty()
                              ? tr("Choose a region first: IAM names each project after its "
                                   "region.")
                              : tr("Look up the project id of %1 through IAM").arg(region()));
    m_findInstances->setEnabled(!m_instancesBusy);
    m_findWorkspaces->setEnabled(!m_workspacesBusy && !instanceId().isEmpty());
    m_resolve->setText(m_resolveBusy ? tr("Resolving…") : tr("&Resolve"));
    m_findInstances->setText(m_instancesBusy ? tr("Searching…") : tr("&Find"));
    m_findWorkspaces->setText(m_workspacesBusy ? tr("Searching…") : tr("Fin&d"));
}

void ConnectionSection::retranslateUi()
{
    const QStringList labels = {
        tr("&Name:"),     tr("Re&gion:"),    tr("Custom &endpoint:"),    tr("&Project id:"),
        tr("&Instance:"), tr("&Workspace:"), tr("DataService edi&tion:")};
    for (qsizetype i = 0; i < labels.size() && i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    m_name->setAccessibleName(tr("Profile name"));
    m_region->setAccessibleName(tr("Region"));
    m_region->setItemText(0, tr("None (custom endpoint)"));
    for (int i = 1; i < m_region->count(); ++i) // names follow the language; data stays the id
        m_region->setItemText(i, regions::displayName(m_region->itemData(i).toString()));
    m_endpoint->setAccessibleName(tr("Custom endpoint URL"));
    m_endpoint->setToolTip(tr("Only for a private endpoint or an emulator; empty: the "
                              "region's public endpoint"));
    m_projectId->setAccessibleName(tr("Project id"));
    m_projectId->setPlaceholderText(tr("32 hexadecimal characters"));
    m_resolve->setAccessibleName(tr("Resolve the project id"));
    m_instance->setAccessibleName(tr("DataArts Studio instance"));
    m_instance->lineEdit()->setAccessibleName(m_instance->accessibleName());
    m_instance->lineEdit()->setPlaceholderText(tr("Optional; Find lists them"));
    m_findInstances->setAccessibleName(tr("Find the instances of the project"));
    m_workspace->setAccessibleName(tr("Workspace"));
    m_workspace->lineEdit()->setAccessibleName(m_workspace->accessibleName());
    m_workspace->lineEdit()->setPlaceholderText(tr("Workspace id; Find lists them"));
    m_findWorkspaces->setAccessibleName(tr("Find the workspaces of the instance"));
    m_dlmType->setAccessibleName(tr("DataService edition"));
    m_dlmType->setItemText(0, tr("Not sent"));
    m_dlmType->setItemText(1, tr("Shared (SHARED)"));
    m_dlmType->setItemText(2, tr("Exclusive (EXCLUSIVE)"));
    updateButtons();
}

void ConnectionSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace dataarts::ui
