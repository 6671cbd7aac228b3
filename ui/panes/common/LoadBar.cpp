#include "LoadBar.h"

#include "PaletteStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>

namespace dataarts::ui {

LoadBar::LoadBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("loadBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);

    m_icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    layout->addWidget(m_icon);

    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("loadStatusLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);

    m_cancel = new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), QString(), this);
    m_cancel->setObjectName(QStringLiteral("loadCancelButton"));
    connect(m_cancel, &QPushButton::clicked, this, &LoadBar::cancelClicked);
    layout->addWidget(m_cancel);

    m_retry = new QPushButton(QIcon(QStringLiteral(":/icons/retry.svg")), QString(), this);
    m_retry->setObjectName(QStringLiteral("loadRetryButton"));
    connect(m_retry, &QPushButton::clicked, this, &LoadBar::retryClicked);
    layout->addWidget(m_retry);

    m_resume = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), QString(), this);
    m_resume->setObjectName(QStringLiteral("loadResumeButton"));
    connect(m_resume, &QPushButton::clicked, this, &LoadBar::resumeClicked);
    layout->addWidget(m_resume);

    retranslateUi();
    setMode(Mode::Idle);
}

void LoadBar::showLoading(const QString &text, qint64 loaded, qint64 total)
{
    m_label->setText(text);
    if (total > 0) {
        // QProgressBar counts in int: scale big listings down.
        const qint64 scale = total > 1000000 ? total / 1000000 + 1 : 1;
        m_progress->setRange(0, int(total / scale));
        m_progress->setValue(int(qMin(loaded, total) / scale));
    } else {
        m_progress->setRange(0, 0);
    }
    setMode(Mode::Loading);
}

void LoadBar::showIdle(const QString &text)
{
    m_label->setText(text);
    setMode(Mode::Idle);
}

void LoadBar::showCancelled(const QString &text)
{
    m_label->setText(text);
    setMode(Mode::Cancelled);
}

void LoadBar::showError(const QString &text)
{
    m_label->setText(text);
    setMode(Mode::Error);
}

QString LoadBar::text() const
{
    return m_label->text();
}

void LoadBar::setMode(Mode mode)
{
    m_mode = mode;
    // Idle, the strip would only repeat the status bar's count (the pane's status text):
    // it shows while loading, after a cancel and on an error, and leaves its room to the
    // list otherwise (a short window keeps its rows).
    setVisible(mode != Mode::Idle);
    m_icon->setVisible(mode == Mode::Error);
    m_progress->setVisible(mode == Mode::Loading);
    m_cancel->setVisible(mode == Mode::Loading);
    m_retry->setVisible(mode == Mode::Error);
    m_resume->setVisible(mode == Mode::Cancelled);
    const bool error = mode == Mode::Error;
    setFrameShape(error ? QFrame::StyledPanel : QFrame::NoFrame);
    // An error's red over the palette's window colour, the text readable on it.
    followPalette(this, [error](const QPalette &palette) {
        return error ? tintedFrameStyleSheet(QStringLiteral("loadBar"), StatusTone::Bad, palette)
                     : QString();
    });
    m_label->setAccessibleDescription(error ? tr("Error") : QString());
}

void LoadBar::retranslateUi()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading; the rows already loaded stay"));
    m_retry->setText(tr("Retry"));
    m_retry->setToolTip(tr("Ask again for the page that failed"));
    m_resume->setText(tr("Load the rest"));
    m_resume->setToolTip(tr("Go on loading from where loading stopped"));
    m_progress->setAccessibleName(tr("Loading progress"));
}

void LoadBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace dataarts::ui
