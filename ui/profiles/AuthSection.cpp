#include "AuthSection.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>

namespace dataarts::ui {

namespace {

QLineEdit *secretEdit(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase |
                              Qt::ImhSensitiveData);
    return edit;
}

} // namespace

AuthSection::AuthSection(QWidget *parent)
    : QWidget(parent)
    , m_method(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_accessKey(new QLineEdit(this))
    , m_secretKey(secretEdit(this, "secretKeyEdit"))
    , m_iamUser(new QLineEdit(this))
    , m_iamAccount(new QLineEdit(this))
    , m_iamPassword(secretEdit(this, "iamPasswordEdit"))
    , m_methodLabel(new QLabel(this))
{
    m_method->setObjectName(QStringLiteral("authMethodCombo"));
    m_method->addItem(QString(), Profile::authMethodName(AuthMethod::AkSk));
    m_method->addItem(QString(), Profile::authMethodName(AuthMethod::IamPassword));
    m_accessKey->setObjectName(QStringLiteral("accessKeyEdit"));
    m_accessKey->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase |
                                     Qt::ImhSensitiveData);
    m_iamUser->setObjectName(QStringLiteral("iamUserEdit"));
    m_iamAccount->setObjectName(QStringLiteral("iamAccountEdit"));
    m_methodLabel->setBuddy(m_method);

    auto *akSkPage = new QWidget(m_pages);
    auto *akSkForm = new QFormLayout(akSkPage);
    akSkForm->setContentsMargins(0, 0, 0, 0);
    row(akSkForm, m_accessKey, ProfileField::AccessKey);
    row(akSkForm, m_secretKey, ProfileField::SecretKey);
    auto *iamPage = new QWidget(m_pages);
    auto *iamForm = new QFormLayout(iamPage);
    iamForm->setContentsMargins(0, 0, 0, 0);
    row(iamForm, m_iamUser, ProfileField::IamUserName);
    row(iamForm, m_iamAccount, ProfileField::IamAccountName);
    row(iamForm, m_iamPassword, ProfileField::IamPassword);
    m_pages->addWidget(akSkPage);
    m_pages->addWidget(iamPage);

    auto *form = new QFormLayout(this);
    form->addRow(m_methodLabel, m_method);
    form->addRow(m_pages);

    connect(m_method, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        updateSecretFields();
        emit changed();
    });
    for (QLineEdit *edit : {m_accessKey, m_secretKey, m_iamUser, m_iamAccount, m_iamPassword})
        connect(edit, &QLineEdit::textChanged, this, &AuthSection::changed);
    retranslateUi();
}

QWidget *AuthSection::row(QFormLayout *form, QWidget *field, ProfileField which)
{
    auto *error = new FieldErrorLabel(which, this);
    m_errors.insert(which, error);
    auto *label = new QLabel(this);
    label->setBuddy(field);
    m_labels.append(label);
    QWidget *wrapped = FieldErrorLabel::wrap(field, error);
    form->addRow(label, wrapped);
    return wrapped;
}

AuthMethod AuthSection::method() const
{
    AuthMethod result = AuthMethod::AkSk;
    Profile::authMethodFromName(m_method->currentData().toString(), &result);
    return result;
}

void AuthSection::load(const Profile &profile)
{
    m_method->setCurrentIndex(m_method->findData(Profile::authMethodName(profile.auth)));
    m_iamUser->setText(profile.iamUserName);
    m_iamAccount->setText(profile.iamAccountName);
    updateSecretFields();
}

void AuthSection::readInto(Profile &profile) const
{
    profile.auth = method();
    profile.iamUserName = m_iamUser->text();
    profile.iamAccountName = m_iamAccount->text();
}

SecretValues AuthSection::typedSecrets() const
{
    SecretValues values;
    const auto take = [&values](SecretField field, const QLineEdit *edit, bool trim) {
        if (!edit->isEnabled())
            return;
        const QString text = trim ? edit->text().trimmed() : edit->text();
        if (!text.isEmpty())
            values.insert(field, text.toUtf8());
    };
    if (method() == AuthMethod::AkSk) {
        take(SecretField::AccessKey, m_accessKey, true);
        take(SecretField::SecretKey, m_secretKey, false);
    } else {
        take(SecretField::IamPassword, m_iamPassword, false);
    }
    return values;
}

void AuthSection::setStoredSecrets(const QList<SecretField> &stored)
{
    m_stored = stored;
    updateSecretFields();
}

void AuthSection::updateSecretFields()
{
    const auto apply = [this](SecretField field, QLineEdit *edit) {
        const bool stored = m_stored.contains(field);
        if (stored)
            edit->clear();
        edit->setEnabled(!stored);
        edit->setPlaceholderText(stored ? tr("Kept in the keychain; “Replace secret…” changes it")
                                        : QString());
    };
    apply(SecretField::AccessKey, m_accessKey);
    apply(SecretField::SecretKey, m_secretKey);
    apply(SecretField::IamPassword, m_iamPassword);
}

void AuthSection::retranslateUi()
{
    m_methodLabel->setText(tr("Sign-in &method:"));
    m_method->setItemText(0, tr("Access key and secret key (AK/SK)"));
    m_method->setItemText(1, tr("IAM user and password"));
    m_method->setAccessibleName(tr("Sign-in method"));
    const QStringList labels = {tr("&Access key (AK):"), tr("&Secret key (SK):"), tr("IAM &user:"),
                                tr("Acc&ount (domain):"), tr("&Password:")};
    for (qsizetype i = 0; i < labels.size() && i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    m_accessKey->setAccessibleName(tr("Access key (AK)"));
    m_secretKey->setAccessibleName(tr("Secret key (SK)"));
    m_iamUser->setAccessibleName(tr("IAM user name"));
    m_iamAccount->setAccessibleName(tr("Account (domain) name"));
    m_iamPassword->setAccessibleName(tr("IAM password"));
    updateSecretFields();
}

void AuthSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace dataarts::ui
