#include "KeychainBanner.h"

#include "panes/common/PaletteStyle.h"
#include "profiles/SecretStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace dataarts::ui {

KeychainBanner::KeychainBanner(SecretStore *secrets, QWidget *parent)
    : QFrame(parent)
    , m_secrets(secrets)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("keychainBanner"));
    setFrameShape(QFrame::StyledPanel);
    // A warning's amber over the palette's window colour (light, dark or high contrast).
    followPalette(this, [](const QPalette &palette) {
        return tintedFrameStyleSheet(QStringLiteral("keychainBanner"), StatusTone::Attention,
                                     palette);
    });
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    m_text->setObjectName(QStringLiteral("keychainBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dismiss->setObjectName(QStringLiteral("keychainBannerDismiss"));
    m_dismiss->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);

    connect(m_dismiss, &QToolButton::clicked, this, [this] {
        m_dismissed = true;
        hide();
    });
    connect(m_secrets, &SecretStore::availabilityChanged, this, &KeychainBanner::refresh);
    retranslateUi();
}

QString KeychainBanner::text() const
{
    return m_text->text();
}

void KeychainBanner::refresh()
{
    const bool unavailable = m_secrets->availability() == SecretStore::Availability::Unavailable;
    // Said here rather than SecretStore::unavailableReason(), which stays in the language of
    // the moment the keychain was found missing.
    m_text->setText(unavailable
                        ? tr("No secure keychain is available (%1). Secrets are kept in memory "
                             "for this session only; nothing is written to disk. Start the "
                             "desktop keyring (for example GNOME Keyring or KWallet) to save "
                             "them.")
                              .arg(m_secrets->unavailableDetail())
                        : QString());
    setAccessibleDescription(m_text->text());
    setVisible(unavailable && !m_dismissed);
}

void KeychainBanner::retranslateUi()
{
    setAccessibleName(tr("No keychain"));
    m_dismiss->setText(tr("Hide"));
    m_dismiss->setToolTip(tr("Hide this message for the rest of this session"));
    m_dismiss->setAccessibleName(tr("Hide the keychain message"));
    refresh();
}

void KeychainBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace dataarts::ui
