#include "ConnectionBanner.h"

#include "StatusPanel.h"

#include "panes/common/PaletteStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace dataarts::ui {

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(this))
    , m_profiles(new QPushButton(this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setFrameShape(QFrame::StyledPanel);
    // An error's red over the palette's window colour (light, dark or high contrast).
    followPalette(this, [](const QPalette &palette) {
        return tintedFrameStyleSheet(QStringLiteral("connectionBanner"), StatusTone::Bad,
                                     palette);
    });
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(24, 24));
    m_text->setObjectName(QStringLiteral("connectionBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("connectionRetryButton"));
    m_profiles->setObjectName(QStringLiteral("connectionProfilesButton"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_profiles);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    connect(m_retry, &QPushButton::clicked, this, &ConnectionBanner::retryRequested);
    connect(m_profiles, &QPushButton::clicked, this, &ConnectionBanner::profilesRequested);
    retranslateUi();
    hide();
}

void ConnectionBanner::setStatus(const ConnectionStatus &status)
{
    m_status = status;
    const bool failed = status.state == ConnectionStatus::State::Failed;
    m_text->setText(
        failed ? tr("Could not connect to %1. %2")
                     .arg(StatusPanel::withTranslatedName(status).profileName, status.error)
               : QString());
    setAccessibleDescription(m_text->text());
    setVisible(failed);
}

QString ConnectionBanner::text() const
{
    return m_text->text();
}

void ConnectionBanner::retranslateUi()
{
    setAccessibleName(tr("Connection problem"));
    m_retry->setText(tr("&Retry"));
    m_profiles->setText(tr("&Profiles…"));
    setStatus(m_status);
}

void ConnectionBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace dataarts::ui
