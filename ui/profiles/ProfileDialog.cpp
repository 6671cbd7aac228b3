#include "ProfileDialog.h"

#include "panes/common/StatusTone.h"

#include "profiles/AuthSection.h"
#include "profiles/ConnectionSection.h"
#include "profiles/NetworkSection.h"
#include "profiles/ReplaceSecretDialog.h"

#include "connection/ConnectionTest.h"
#include "connection/DraftSettingsBuilder.h"
#include "profiles/ProfileStore.h"
#include "profiles/SaveProfileJob.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dataarts::ui {

namespace {

FieldErrors only(const FieldErrors &errors, const QList<ProfileField> &fields)
{
    FieldErrors kept;
    for (const FieldError &error : errors) {
        if (fields.contains(error.field))
            kept.append(error);
    }
    return kept;
}

const QList<ProfileField> kSignInFields = {ProfileField::AccessKey, ProfileField::SecretKey,
                                           ProfileField::IamPassword, ProfileField::IamUserName,
                                           ProfileField::IamAccountName};

} // namespace

ProfileDialog::ProfileDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_stored(Profile::create())
    , m_editing(false)
{
    build();
}

ProfileDialog::ProfileDialog(ProfileStore *profiles, SecretStore *secrets, const Profile &stored,
                             QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_stored(stored)
    , m_editing(true)
{
    build();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::build()
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowModality(Qt::WindowModal);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("profileTabs"));
    m_connection = new ConnectionSection(m_tabs);
    m_auth = new AuthSection(m_tabs);
    m_network = new NetworkSection(m_tabs);
    m_tabs->addTab(m_connection, QString());
    m_tabs->addTab(m_auth, QString());
    m_tabs->addTab(m_network, QString());
    for (const FieldErrorLabels &labels :
         {m_connection->errorLabels(), m_auth->errorLabels(), m_network->errorLabels()}) {
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            m_errors.insert(it.key(), it.value());
    }

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_test = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    if (m_editing) {
        m_replace = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
        m_replace->setObjectName(QStringLiteral("replaceSecretButton"));
        connect(m_replace, &QPushButton::clicked, this, &ProfileDialog::replaceSecret);
    }
    saveButton()->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_test, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);

    m_discovery = new Discovery(this);
    connect(m_discovery, &Discovery::projectResolved, this, [this](const QString &id) {
        m_connection->setResolveBusy(false);
        m_connection->setProjectId(id);
        m_connection->setDiscoveryMessage(
            tr("IAM gave the project id of %1.").arg(m_connection->region()), false);
        emit discoveryFinished(Discovery::Kind::Project, true);
    });
    connect(m_discovery, &Discovery::instancesListed, this,
            [this](const QList<DataArtsInstance> &instances) {
                m_connection->setInstancesBusy(false);
                m_connection->setInstances(instances);
                m_connection->setDiscoveryMessage(
                    tr("Found %n instance(s).", nullptr, int(instances.size())), false);
                emit discoveryFinished(Discovery::Kind::Instances, true);
                if (instances.size() == 1)
                    findWorkspaces(); // the only instance: its workspaces are next
            });
    connect(m_discovery, &Discovery::workspacesListed, this,
            [this](const QList<DataArtsWorkspace> &workspaces) {
                m_connection->setWorkspacesBusy(false);
                m_connection->setWorkspaces(workspaces);
                m_connection->setDiscoveryMessage(
                    tr("Found %n workspace(s).", nullptr, int(workspaces.size())), false);
                emit discoveryFinished(Discovery::Kind::Workspaces, true);
            });
    connect(m_discovery, &Discovery::failed, this, &ProfileDialog::discoveryFailed);
    connect(m_connection, &ConnectionSection::resolveRequested, this,
            &ProfileDialog::resolveProject);
    connect(m_connection, &ConnectionSection::findInstancesRequested, this,
            &ProfileDialog::findInstances);
    connect(m_connection, &ConnectionSection::findWorkspacesRequested, this,
            &ProfileDialog::findWorkspaces);

    if (m_editing) {
        m_connection->load(m_stored);
        m_auth->load(m_stored);
        m_network->load(m_stored);
        m_auth->setStoredSecrets(storedSecrets());
        m_network->setStoredSecrets(storedSecrets());
    } else {
        Profile fresh = m_stored;
        fresh.displayName = m_profiles->uniqueName(tr("New profile"));
        m_connection->load(fresh);
        m_auth->load(fresh);
        m_network->load(fresh);
    }
    const auto revalidate = [this] {
        if (m_showErrors)
            showErrors(currentErrors());
    };
    connect(m_connection, &ConnectionSection::changed, this, revalidate);
    connect(m_auth, &AuthSection::changed, this, revalidate);
    connect(m_network, &NetworkSection::changed, this, revalidate);

    retranslateUi();
    resize(620, 560);
}

QPushButton *ProfileDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QList<SecretField> ProfileDialog::storedSecrets() const
{
    return m_editing ? m_stored.secretFields() : QList<SecretField>();
}

Profile ProfileDialog::profile() const
{
    Profile p = m_stored;
    m_connection->readInto(p);
    m_auth->readInto(p);
    m_network->readInto(p);
    return p;
}

SecretValues ProfileDialog::typedSecrets() const
{
    SecretValues values = m_auth->typedSecrets();
    const SecretValues network = m_network->typedSecrets();
    for (auto it = network.cbegin(); it != network.cend(); ++it)
        values.insert(it.key(), it.value());
    return values;
}

FieldErrors ProfileDialog::currentErrors() const
{
    const Profile p = profile();
    FieldErrors errors = m_profiles->validate(p);
    // Secrets: all of them for a new profile; for an edited one, those it did not need before.
    const QList<SecretField> stored = storedSecrets();
    SecretValues secrets = typedSecrets();
    for (const SecretField field : stored)
        secrets.insert(field, QByteArrayLiteral("stored"));
    errors += ProfileValidator::validateSecrets(ProfileValidator::normalized(p), secrets);
    return errors;
}

bool ProfileDialog::validateFields()
{
    m_showErrors = true;
    const FieldErrors errors = currentErrors();
    showErrors(errors);
    return errors.isEmpty();
}

void ProfileDialog::showErrors(const FieldErrors &errors)
{
    QHash<ProfileField, QStringList> messages;
    for (const FieldError &error : errors)
        messages[error.field].append(error.message);
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        it.value()->setError(messages.value(it.key()).join(QLatin1Char(' ')));
}

QString ProfileDialog::errorText(ProfileField field) const
{
    const FieldErrorLabel *label = m_errors.value(field);
    return label ? label->message() : QString();
}

QString ProfileDialog::resultText() const
{
    return m_result->isVisible() || !m_result->text().isEmpty() ? m_result->text() : QString();
}

void ProfileDialog::setResult(const QString &text, bool isError)
{
    m_result->setText(text);
    m_result->setStyleSheet(
        toneTextStyleSheet(isError ? StatusTone::Bad : StatusTone::Good, palette()));
    m_result->setAccessibleDescription(text);
    m_result->setVisible(!text.isEmpty());
}

void ProfileDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_test->setEnabled(!busy);
    saveButton()->setEnabled(!busy);
    if (m_replace)
        m_replace->setEnabled(!busy);
    m_test->setText(busy ? tr("Testing…") : tr("Test &Connection"));
}

void ProfileDialog::showFirstError(const FieldErrors &errors)
{
    if (errors.isEmpty())
        return;
    const FieldErrorLabel *first = m_errors.value(errors.first().field);
    for (int i = 0; first && i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->isAncestorOf(first))
            m_tabs->setCurrentIndex(i);
    }
}

bool ProfileDialog::withDraftSettings(const QList<ProfileField> &needed,
                                      std::function<void(const ConnectionSettings &)> then,
                                      std::function<void(const QString &)> failed)
{
    m_showErrors = true;
    const FieldErrors all = currentErrors();
    showErrors(all);
    const FieldErrors blocking = only(all, needed);
    if (!blocking.isEmpty()) {
        showFirstError(blocking);
        setResult(tr("Correct the marked fields first: %1").arg(blocking.first().message), true);
        return false;
    }
    auto *builder = new DraftSettingsBuilder(m_secrets, this);
    connect(builder, &DraftSettingsBuilder::finished, this,
            [builder, then = std::move(then), failed = std::move(failed)](bool ok) {
                builder->deleteLater();
                if (ok)
                    then(builder->settings());
                else
                    failed(builder->errorString());
            });
    builder->start(profile(), typedSecrets(), m_editing);
    return true;
}

void ProfileDialog::testConnection()
{
    if (m_busy)
        return;
    QList<ProfileField> needed = {
        ProfileField::Region,     ProfileField::Endpoint,     ProfileField::ProjectId,
        ProfileField::InstanceId, ProfileField::Workspace,    ProfileField::DlmType,
        ProfileField::ProxyHost,  ProfileField::ProxyPort,    ProfileField::ProxyUser,
        ProfileField::CaBundle,   ProfileField::ProxyPassword};
    needed += kSignInFields;
    setBusy(true);
    setResult(tr("Testing the connection…"), false);
    const bool started = withDraftSettings(
        needed,
        [this](const ConnectionSettings &settings) {
            if (!m_connectionTest) {
                m_connectionTest = new ConnectionTest(this);
                connect(m_connectionTest, &ConnectionTest::finished, this,
                        [this](const ConnectionTestResult &result) {
                            setBusy(false);
                            setResult(result.message(), !result.ok);
                            emit testFinished(result);
                        });
            }
            m_connectionTest->start(settings);
        },
        [this](const QString &error) {
            setBusy(false);
            setResult(error, true);
            ConnectionTestResult result;
            result.error = ApiError::invalidInput(error);
            emit testFinished(result);
        });
    if (!started)
        setBusy(false);
}

void ProfileDialog::discoveryFailed(Discovery::Kind kind, const QString &error)
{
    m_connection->setResolveBusy(m_discovery->isBusy(Discovery::Kind::Project));
    m_connection->setInstancesBusy(m_discovery->isBusy(Discovery::Kind::Instances));
    m_connection->setWorkspacesBusy(m_discovery->isBusy(Discovery::Kind::Workspaces));
    m_connection->setDiscoveryMessage(error, true);
    emit discoveryFinished(kind, false);
}

void ProfileDialog::resolveProject()
{
    const QString region = m_connection->region();
    if (region.isEmpty() || m_discovery->isBusy(Discovery::Kind::Project))
        return;
    QList<ProfileField> needed = kSignInFields;
    needed << ProfileField::Region << ProfileField::Endpoint << ProfileField::CaBundle
           << ProfileField::ProxyHost << ProfileField::ProxyPort;
    m_connection->setResolveBusy(true);
    m_connection->setDiscoveryMessage(tr("Asking IAM for the project of %1…").arg(region), false);
    const bool started = withDraftSettings(
        needed,
        [this, region](const ConnectionSettings &settings) {
            m_discovery->resolveProject(settings, region);
        },
        [this](const QString &error) { discoveryFailed(Discovery::Kind::Project, error); });
    if (!started)
        discoveryFailed(Discovery::Kind::Project, m_result->text());
}

void ProfileDialog::findInstances()
{
    if (m_discovery->isBusy(Discovery::Kind::Instances))
        return;
    QList<ProfileField> needed = kSignInFields;
    needed << ProfileField::Region << ProfileField::Endpoint << ProfileField::ProjectId
           << ProfileField::CaBundle << ProfileField::ProxyHost << ProfileField::ProxyPort;
    m_connection->setInstancesBusy(true);
    m_connection->setDiscoveryMessage(tr("Looking for the instances of the project…"), false);
    const bool started = withDraftSettings(
        needed,
        [this](const ConnectionSettings &settings) { m_discovery->listInstances(settings); },
        [this](const QString &error) { discoveryFailed(Discovery::Kind::Instances, error); });
    if (!started)
        discoveryFailed(Discovery::Kind::Instances, m_result->text());
}

void ProfileDialog::findWorkspaces()
{
    const QString instance = m_connection->instanceId();
    if (instance.isEmpty() || m_discovery->isBusy(Discovery::Kind::Workspaces))
        return;
    QList<ProfileField> needed = kSignInFields;
    needed << ProfileField::Region << ProfileField::Endpoint << ProfileField::ProjectId
           << ProfileField::InstanceId << ProfileField::CaBundle << ProfileField::ProxyHost
           << ProfileField::ProxyPort;
    m_connection->setWorkspacesBusy(true);
    m_connection->setDiscoveryMessage(tr("Looking for the workspaces of %1…").arg(instance), false);
    const bool started = withDraftSettings(
        needed,
        [this, instance](const ConnectionSettings &settings) {
            m_discovery->listWorkspaces(settings, instance);
        },
        [this](const QString &error) { discoveryFailed(Discovery::Kind::Workspaces, error); });
    if (!started)
        discoveryFailed(Discovery::Kind::Workspaces, m_result->text());
}

void ProfileDialog::save()
{
    if (m_busy)
        return;
    if (!validateFields()) {
        showFirstError(currentErrors());
        setResult(tr("The profile was not saved: correct the marked fields."), true);
        return;
    }
    setBusy(true);
    auto *job = new SaveProfileJob(m_profiles, m_secrets, this);
    job->setSecrets(typedSecrets());
    if (m_editing)
        job->setRequireSecrets(false); // the keychain has the others
    connect(job, &SaveProfileJob::finished, this, [this, job](bool ok) {
        job->deleteLater();
        setBusy(false);
        if (!ok) {
            showErrors(job->fieldErrors());
            setResult(tr("The profile was not saved: %1").arg(job->errorString()), true);
            return;
        }
        emit saved(job->profile());
        accept();
    });
    job->start(profile());
}

ReplaceSecretDialog *ProfileDialog::replaceSecretDialog() const
{
    return m_replaceDialog.data();
}

void ProfileDialog::replaceSecret()
{
    if (!m_editing)
        return;
    if (m_replaceDialog) {
        m_replaceDialog->raise();
        return;
    }
    const std::optional<Profile> stored = m_profiles->find(m_stored.id);
    if (!stored) {
        setResult(tr("This profile is no longer stored."), true);
        return;
    }
    m_replaceDialog = new ReplaceSecretDialog(m_profiles, m_secrets, *stored, this);
    m_replaceDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_replaceDialog, &ReplaceSecretDialog::replaced, this,
            [this] { setResult(tr("The new secret is stored in the keychain."), false); });
    m_replaceDialog->open();
}

void ProfileDialog::retranslateUi()
{
    setWindowTitle(m_editing ? tr("Edit Profile “%1”").arg(m_stored.displayName)
                             : tr("New Connection Profile"));
    m_tabs->setTabText(0, tr("Connection"));
    m_tabs->setTabText(1, tr("Sign-in"));
    m_tabs->setTabText(2, tr("Network"));
    m_tabs->setAccessibleName(tr("Profile settings"));
    m_result->setAccessibleName(tr("Result"));
    setBusy(m_busy);
    m_test->setToolTip(tr("Send one signed request with these settings and report the answer"));
    if (m_replace) {
        m_replace->setText(tr("Rep&lace Secret…"));
        m_replace->setToolTip(tr("Store a new access key, secret key or password in the "
                                 "keychain"));
    }
}

void ProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace dataarts::ui
