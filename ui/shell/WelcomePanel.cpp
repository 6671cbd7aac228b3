#include "WelcomePanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dataarts::ui {

namespace {

// A wrapped paragraph with a maximum width, centred: the layout asks its height for the
// whole panel's width and then gives it at most its maximum width, so a plain QLabel gets
// fewer lines' height than it draws (the text is clipped). Measured at the width it gets.
class Paragraph : public QLabel
{
public:
    using QLabel::QLabel;
    int heightForWidth(int width) const override
    {
        return QLabel::heightForWidth(std::min(width, maximumWidth()));
    }
    QSize sizeHint() const override
    {
        const int width =
            maximumWidth() < QWIDGETSIZE_MAX ? maximumWidth() : QLabel::sizeHint().width();
        return QSize(width, heightForWidth(width));
    }
};

} // namespace

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new Paragraph(this))
    , m_sandbox(new QPushButton(QIcon(QStringLiteral(":/icons/sandbox.svg")), QString(), this))
    , m_newProfile(new QPushButton(QIcon(QStringLiteral(":/icons/profile.svg")), QString(), this))
{
    setObjectName(QStringLiteral("welcomePanel"));
    m_sandbox->setObjectName(QStringLiteral("openSandboxButton"));
    m_newProfile->setObjectName(QStringLiteral("newProfileButton"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setMaximumWidth(560);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_sandbox);
    buttons->addWidget(m_newProfile);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_sandbox, &QPushButton::clicked, this, &WelcomePanel::sandboxRequested);
    connect(m_newProfile, &QPushButton::clicked, this, &WelcomePanel::newProfileRequested);
    retranslateUi();
}

void WelcomePanel::retranslateUi()
{
    m_title->setText(tr("Welcome to DataArts Desk"));
    m_text->setText(tr("No connection profile is open. Try everything at once on the built-in "
                       "Sandbox, a local emulator of DataArts Studio with sample tables and "
                       "APIs, or add a profile for your own DataArts Studio workspace."));
    m_sandbox->setText(tr("Open the &Sandbox"));
    m_newProfile->setText(tr("&Add a Profile…"));
}

void WelcomePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace dataarts::ui
