#include "NetworkSection.h"

#include "profiles/ConnectionSettingsBuilder.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

namespace dataarts::ui {

NetworkSection::NetworkSection(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_caBundle(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_connectTimeout(new QSpinBox(this))
    , m_transferTimeout(new QSpinBox(this))
{
    m_mode->setObjectName(QStringLiteral("proxyModeCombo"));
    for (ProxyMode mode : {ProxyMode::System, ProxyMode::None, ProxyMode::Manual})
        m_mode->addItem(QString(), Profile::proxyModeName(mode));
    m_host->setObjectName(QStringLiteral("proxyHostEdit"));
    m_port->setObjectName(QStringLiteral("proxyPortSpin"));
    m_port->setRange(0, 65535);
    m_user->setObjectName(QStringLiteral("proxyUserEdit"));
    m_password->setObjectName(QStringLiteral("proxyPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText |
                                    Qt::ImhSensitiveData);
    m_caBundle->setObjectName(QStringLiteral("caBundleEdit"));
    m_browse->setObjectName(QStringLiteral("caBundleBrowseButton"));
    m_connectTimeout->setObjectName(QStringLiteral("connectTimeoutSpin"));
    m_transferTimeout->setObjectName(QStringLiteral("transferTimeoutSpin"));
    for (QSpinBox *spin : {m_connectTimeout, m_transferTimeout}) {
        spin->setRange(0, Profile::maxTimeoutSeconds);
        connect(spin, &QSpinBox::valueChanged, this, &NetworkSection::changed);
    }

    auto *form = new QFormLayout(this);
    const auto row = [this, form](QWidget *field, ProfileField which, QWidget *extra = nullptr) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        auto *error = new FieldErrorLabel(which, this);
        m_errors.insert(which, error);
        form->addRow(label, FieldErrorLabel::wrap(field, error, extra));
    };
    auto *modeLabel = new QLabel(this);
    modeLabel->setBuddy(m_mode);
    m_labels.append(modeLabel);
    form->addRow(modeLabel, m_mode);
    row(m_host, ProfileField::ProxyHost);
    row(m_port, ProfileField::ProxyPort);
    row(m_user, ProfileField::ProxyUser);
    row(m_password, ProfileField::ProxyPassword);
    row(m_caBundle, ProfileField::CaBundle, m_browse);
    for (QSpinBox *spin : {m_connectTimeout, m_transferTimeout}) {
        auto *label = new QLabel(this);
        label->setBuddy(spin);
        m_labels.append(label);
        form->addRow(label, spin);
    }

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        emit changed();
    });
    for (QLineEdit *edit : {m_host, m_user, m_password, m_caBundle})
        connect(edit, &QLineEdit::textChanged, this, &NetworkSection::changed);
    connect(m_user, &QLineEdit::textChanged, this, &NetworkSection::updateFields);
    connect(m_port, &QSpinBox::valueChanged, this, &NetworkSection::changed);
    connect(m_browse, &QPushButton::clicked, this, &NetworkSection::browse);
    retranslateUi();
    updateFields();
}

ProxyMode NetworkSection::mode() const
{
    ProxyMode result = ProxyMode::System;
    Profile::proxyModeFromName(m_mode->currentData().toString(), &result);
    return result;
}

void NetworkSection::load(const Profile &profile)
{
    m_mode->setCurrentIndex(m_mode->findData(Profile::proxyModeName(profile.proxyMode)));
    m_host->setText(profile.proxyHost);
    m_port->setValue(profile.proxyPort);
    m_user->setText(profile.proxyUser);
    m_caBundle->setText(profile.caBundlePath);
    m_connectTimeout->setValue(profile.connectTimeoutSeconds);
    m_transferTimeout->setValue(profile.transferTimeoutSeconds);
    updateFields();
}

void NetworkSection::readInto(Profile &profile) const
{
    profile.proxyMode = mode();
    profile.proxyHost = m_host->text();
    profile.proxyPort = quint16(m_port->value());
    profile.proxyUser = m_user->text();
    profile.caBundlePath = m_caBundle->text().trimmed();
    profile.connectTimeoutSeconds = m_connectTimeout->value();
    profile.transferTimeoutSeconds = m_transferTimeout->value();
}

SecretValues NetworkSection::typedSecrets() const
{
    SecretValues values;
    if (mode() == ProxyMode::Manual && !m_user->text().trimmed().isEmpty() &&
        m_password->isEnabled() && !m_password->text().isEmpty())
        values.insert(SecretField::ProxyPassword, m_password->text().toUtf8());
    return values;
}

void NetworkSection::setStoredSecrets(const QList<SecretField> &stored)
{
    m_stored = stored;
    updateFields();
}

void NetworkSection::updateFields()
{
    const bool manual = mode() == ProxyMode::Manual;
    for (QWidget *w : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                       static_cast<QWidget *>(m_user)})
        w->setEnabled(manual);
    const bool stored = m_stored.contains(SecretField::ProxyPassword);
    if (stored)
        m_password->clear();
    m_password->setEnabled(manual && !m_user->text().trimmed().isEmpty() && !stored);
    m_password->setPlaceholderText(stored ? tr("Kept in the keychain; “Replace secret…” changes it")
                                          : QString());
}

void NetworkSection::browse()
{
    if (m_fileDialog) {
        m_fileDialog->raise();
        return;
    }
    m_fileDialog = new QFileDialog(this, tr("Choose a CA Bundle"));
    m_fileDialog->setObjectName(QStringLiteral("caBundleFileDialog"));
    m_fileDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_fileDialog->setFileMode(QFileDialog::ExistingFile);
    m_fileDialog->setNameFilters({tr("PEM certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    if (!m_caBundle->text().isEmpty())
        m_fileDialog->selectFile(m_caBundle->text());
    connect(m_fileDialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_caBundle->setText(file); });
    m_fileDialog->open();
}

void NetworkSection::retranslateUi()
{
    const QStringList labels = {tr("Pro&xy:"),      tr("Proxy &host:"),     tr("Proxy p&ort:"),
                                tr("Proxy &user:"), tr("Proxy pass&word:"), tr("&CA bundle:"),
                                tr("Connection timeout:"),   tr("Answer timeout:")};
    for (qsizetype i = 0; i < labels.size() && i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    m_mode->setItemText(0, tr("The system's proxy settings"));
    m_mode->setItemText(1, tr("No proxy"));
    m_mode->setItemText(2, tr("Manual proxy"));
    m_mode->setAccessibleName(tr("Proxy"));
    m_host->setAccessibleName(tr("Proxy host"));
    m_port->setAccessibleName(tr("Proxy port"));
    m_port->setSpecialValueText(tr("None"));
    m_user->setAccessibleName(tr("Proxy user"));
    m_user->setPlaceholderText(tr("Optional"));
    m_password->setAccessibleName(tr("Proxy password"));
    m_caBundle->setAccessibleName(tr("CA bundle file"));
    m_caBundle->setPlaceholderText(tr("Optional; PEM file added to the system's trust"));
    m_browse->setText(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Choose the CA bundle file"));
    // What 0 means: the app's setting, shared with the CLI (which can override it).
    ConnectionSettings defaults;
    ConnectionSettingsBuilder::applyTimeoutSettings(&defaults);
    const auto spinTexts = [](QSpinBox *spin, const QString &name, const QString &description,
                              int defaultMs) {
        spin->setAccessibleName(name);
        spin->setAccessibleDescription(description);
        spin->setSuffix(tr(" s"));
        spin->setSpecialValueText(tr("App setting (%1 s)").arg(QLocale().toString(defaultMs / 1000)));
    };
    spinTexts(m_connectTimeout, tr("Connection timeout"),
              tr("How long to wait for the server to accept a connection, in seconds."),
              defaults.connectTimeoutMs);
    spinTexts(m_transferTimeout, tr("Answer timeout"),
              tr("How long to wait for an answer once a request is sent, in seconds. A write "
                 "that times out is sent again only after the server's state proves it was "
                 "not applied."),
              defaults.transferTimeoutMs);
    updateFields();
}

void NetworkSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace dataarts::ui
