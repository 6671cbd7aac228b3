#include "EffectiveTimePage.h"

#include "ApiActionWizard.h"

#include "wizards/common/EffectiveTime.h"

#include "client/Session.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dataarts::ui {

EffectiveTimePage::EffectiveTimePage(ApiActionWizard *wizard)
    : m_wizard(wizard)
    , m_label(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_reset(new QPushButton(this))
    , m_sent(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_confirmShort(new QCheckBox(this))
    , m_error(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("effectiveTime"));
    m_edit->setMaximumWidth(200);
    m_label->setBuddy(m_edit);
    m_reset->setObjectName(QStringLiteral("resetTime"));
    m_sent->setObjectName(QStringLiteral("sentLabel"));
    m_sent->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("warningLabel"));
    m_warning->setWordWrap(true);
    m_confirmShort->setObjectName(QStringLiteral("confirmShortNotice"));
    m_confirmShort->hide();
    connect(m_confirmShort, &QCheckBox::toggled, m_error, &QWidget::hide);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(m_label);
    row->addWidget(m_edit);
    row->addWidget(m_reset);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_sent);
    layout->addWidget(m_warning);
    layout->addWidget(m_confirmShort);
    layout->addStretch(1);
    layout->addWidget(m_error);
    registerField(ApiActionWizard::timeField(), this, "wireTime", SIGNAL(wireTimeChanged()));
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        update();
        emit wireTimeChanged();
    });
    connect(m_reset, &QPushButton::clicked, this, &EffectiveTimePage::resetToDefault);
    retranslateUi();
}

QDateTime EffectiveTimePage::now() const
{
    Session *s = m_wizard->session();
    return s ? s->now() : QDateTime::currentDateTimeUtc();
}

void EffectiveTimePage::initializePage()
{
    if (!m_initialized) {
        m_initialized = true;
        resetToDefault();
    }
    update();
}

void EffectiveTimePage::resetToDefault()
{
    const QDateTime local = EffectiveTime::defaultFor(now()).toTimeZone(m_wizard->timeZone());
    m_edit->setText(local.toString(inputFormat()));
}

QDateTime EffectiveTimePage::chosen() const
{
    const QDateTime typed = QDateTime::fromString(m_edit->text().trimmed(), inputFormat());
    if (!typed.isValid())
        return {};
    return EffectiveTime::fromLocal(typed.date(), typed.time(), m_wizard->timeZone());
}

QString EffectiveTimePage::wireTime() const
{
    return EffectiveTime::toWire(chosen());
}

void EffectiveTimePage::update()
{
    const QDateTime t = chosen();
    const QDateTime current = now();
    if (!t.isValid()) {
        m_sent->setText(tr("Type a date and time as %1 in your time zone (%2).")
                            .arg(inputFormat(), QString::fromUtf8(m_wizard->timeZone().id())));
        m_warning->clear();
        m_confirmShort->hide();
        return;
    }
    m_sent->setText(tr("Takes effect at %1, sent as %2 (UTC).")
                        .arg(EffectiveTime::display(t, m_wizard->timeZone(), locale()),
                             EffectiveTime::toWire(t)));
    if (EffectiveTime::isPast(t, current))
        m_warning->setText(tr("This time has passed."));
    else if (EffectiveTime::isShortNotice(t, current))
        m_warning->setText(tr("Earlier than two days from now: where the API has authorized "
                              "apps, the change waits until every app has processed its notice "
                              "or this time comes."));
    else
        m_warning->clear();
    const bool shortNotice =
        !EffectiveTime::isPast(t, current) && EffectiveTime::isShortNotice(t, current);
    if (!shortNotice)
        m_confirmShort->setChecked(false);
    m_confirmShort->setVisible(shortNotice);
}

bool EffectiveTimePage::validatePage()
{
    const QDateTime t = chosen();
    QString error;
    if (!t.isValid())
        error = tr("“%1” is not a time in your time zone. Type one as %2.")
                    .arg(m_edit->text(), inputFormat());
    else if (EffectiveTime::isPast(t, now()))
        error = tr("The effective time must be in the future.");
    else if (EffectiveTime::isShortNotice(t, now()) && !m_confirmShort->isChecked())
        error = tr("This time gives apps less than two days' notice: confirm it, or choose a "
                   "later time.");
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    return true;
}

QString EffectiveTimePage::warningText() const
{
    return m_warning->text();
}

QString EffectiveTimePage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void EffectiveTimePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void EffectiveTimePage::retranslateUi()
{
    m_confirmShort->setText(tr("Send it with &less than two days' notice"));
    setTitle(tr("Effective time"));
    setSubTitle(tr("UNPUBLISH and STOP give authorized apps two days' notice; the default is "
                   "the first whole hour after that."));
    m_label->setText(tr("&Takes effect at:"));
    m_reset->setText(tr("&Default"));
    m_edit->setPlaceholderText(inputFormat());
    update();
}

} // namespace dataarts::ui
