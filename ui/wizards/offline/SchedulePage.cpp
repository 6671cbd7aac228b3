#include "SchedulePage.h"

#include "panes/common/StatusText.h"

#include "OfflineWizard.h"

#include "wizards/common/ScheduleTime.h"

#include "dto/Enums.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dataarts::ui {

namespace {
const QList<EnvType> kEnvChoices = {EnvType::Unknown, EnvType::Dev, EnvType::Prod,
                                    EnvType::DevProd};
}

SchedulePage::SchedulePage(OfflineWizard *)
    : m_schedule(new QCheckBox(this))
    , m_time(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_envLabel(new QLabel(this))
    , m_env(new QComboBox(this))
    , m_envHint(new QLabel(this))
    , m_error(new QLabel(this))
{
    m_schedule->setObjectName(QStringLiteral("scheduleBox"));
    m_time->setObjectName(QStringLiteral("scheduleTime"));
    m_time->setEnabled(false);
    m_time->setMaximumWidth(160);
    m_hint->setObjectName(QStringLiteral("scheduleHint"));
    m_hint->setWordWrap(true);
    m_env->setObjectName(QStringLiteral("envType"));
    m_envLabel->setBuddy(m_env);
    m_envHint->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    for (int i = 0; i < kEnvChoices.size(); ++i)
        m_env->addItem(QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_schedule);
    layout->addWidget(m_time);
    layout->addWidget(m_hint);
    auto *form = new QFormLayout;
    form->addRow(m_envLabel, m_env);
    layout->addLayout(form);
    layout->addWidget(m_envHint);
    layout->addStretch(1);
    layout->addWidget(m_error);

    registerField(OfflineWizard::scheduleEnabledField(), m_schedule);
    registerField(OfflineWizard::scheduleTimeField(), m_time);
    registerField(OfflineWizard::envTypeField(), this, "envType", SIGNAL(envTypeChanged()));
    connect(m_schedule, &QCheckBox::toggled, this, [this](bool on) {
        m_time->setEnabled(on);
        m_error->hide();
        updateHint();
    });
    connect(m_time, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        updateHint();
    });
    connect(m_env, &QComboBox::currentIndexChanged, this, &SchedulePage::envTypeChanged);
    retranslateUi();
}

int SchedulePage::envType() const
{
    return int(kEnvChoices.value(m_env->currentIndex(), EnvType::Unknown));
}

void SchedulePage::updateHint()
{
    if (!m_schedule->isChecked()) {
        m_hint->setText(tr("Without a time the request is processed at once."));
        return;
    }
    const QTime t = ScheduleTime::parse(m_time->text(), locale());
    if (t.isValid())
        m_hint->setText(tr("Takes effect at %1 in DataArts Studio's time zone (the console's "
                           "clock; not converted from this computer's zone, %3). Sent as "
                           "schedule_time %2.")
                            .arg(ScheduleTime::display(t, locale()), ScheduleTime::toWire(t),
                                 ScheduleTime::localZoneName()));
    else
        m_hint->setText(tr("Type a time of day such as %1.")
                            .arg(ScheduleTime::display(QTime(18, 30), locale())));
}

bool SchedulePage::validatePage()
{
    if (m_schedule->isChecked() && !ScheduleTime::parse(m_time->text(), locale()).isValid()) {
        m_error->setText(tr("“%1” is not a time of day. Type one such as %2, or clear "
                            "“Schedule”.")
                             .arg(m_time->text(), ScheduleTime::display(QTime(18, 30), locale())));
        m_error->show();
        return false;
    }
    return true;
}

QString SchedulePage::hintText() const
{
    return m_hint->text();
}

QString SchedulePage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SchedulePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void SchedulePage::retranslateUi()
{
    setTitle(tr("Schedule and environment"));
    setSubTitle(tr("Optionally, a time of day for the offline and the environment it "
                   "concerns."));
    m_schedule->setText(tr("&Schedule at a time of day"));
    m_time->setPlaceholderText(ScheduleTime::display(QTime(18, 30), locale()));
    m_time->setAccessibleName(tr("Time of day"));
    m_envLabel->setText(tr("&Environment:"));
    m_env->setItemText(0, tr("Not specified (the server's default)"));
    // The environments' names; env_type as sent in the items' tooltips.
    for (int i = 1; i < kEnvChoices.size(); ++i) {
        m_env->setItemText(i, StatusText::envType(kEnvChoices.at(i)));
        m_env->setItemData(i, StatusText::asSent(enumName(kEnvChoices.at(i))), Qt::ToolTipRole);
    }
    m_envHint->setText(tr("env_type is sent only when an environment is chosen."));
    updateHint();
}

} // namespace dataarts::ui
