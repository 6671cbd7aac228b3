#include "ScheduleDialog.h"

#include "runs/UndoLimits.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace dataarts::ui {

namespace {

QDateTime ceilToHour(const QDateTime &time)
{
    const qint64 hourMs = 3600 * 1000;
    const qint64 ms = time.toMSecsSinceEpoch();
    const qint64 up = ((ms + hourMs - 1) / hourMs) * hourMs;
    return QDateTime::fromMSecsSinceEpoch(up, Qt::UTC);
}

} // namespace

ScheduleDialog::ScheduleDialog(int count, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_count(count)
{
    setObjectName(QStringLiteral("scheduleDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_edit = new QDateTimeEdit(this);
    m_edit->setObjectName(QStringLiteral("scheduleTime"));
    m_edit->setTimeSpec(Qt::LocalTime);
    m_edit->setCalendarPopup(true);
    m_intro->setBuddy(m_edit);
    const QDateTime earliest = ceilToHour(now.addSecs(3600)).toLocalTime();
    m_edit->setMinimumDateTime(earliest);
    m_edit->setDateTime(ceilToHour(now.addDays(3)).toLocalTime());
    layout->addWidget(m_edit);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("scheduleWireTime"));
    layout->addWidget(m_preview);
    m_undoLimits = new QLabel(this);
    m_undoLimits->setObjectName(QStringLiteral("undoLimitsLabel"));
    m_undoLimits->setWordWrap(true);
    layout->addWidget(m_undoLimits);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &ScheduleDialog::updatePreview);
    retranslateUi();
}

QDateTime ScheduleDialog::localTime() const
{
    return m_edit->dateTime();
}

QString ScheduleDialog::toWire(const QDateTime &time)
{
    return ceilToHour(time).toString(QStringLiteral("yyyy-MM-ddTHH:00:00.000Z"));
}

QString ScheduleDialog::wireTime() const
{
    return toWire(localTime());
}

void ScheduleDialog::updatePreview()
{
    m_preview->setText(tr("Sent as %1 (UTC)").arg(wireTime()));
}

void ScheduleDialog::retranslateUi()
{
    setWindowTitle(tr("Approve at a time"));
    m_intro->setText(tr(
        "Confirm %Ln DataService message(s) to take effect at this local time:", nullptr, m_count));
    m_edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:00"));
    m_edit->setAccessibleName(tr("Time"));
    m_undoLimits->setText(UndoLimits::join(UndoLimits::forRun(RunKind::MessageConfirm, {})));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Approve at this time"));
    updatePreview();
}

void ScheduleDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace dataarts::ui
