#include "StatusPanel.h"

#include "panes/common/PaletteStyle.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>

#include "connection/ClockOffset.h"
#include "profiles/Profile.h"

namespace dataarts::ui {

StatusPanel::StatusPanel(QStatusBar *bar)
    : QObject(bar)
    , m_paneText(new QLabel(bar))
    , m_selection(new QLabel(bar))
    , m_loading(new QProgressBar(bar))
    , m_connection(new QLabel(bar))
    , m_clock(new QLabel(bar))
{
    m_paneText->setObjectName(QStringLiteral("paneStatusLabel"));
    m_selection->setObjectName(QStringLiteral("selectionLabel"));
    m_loading->setObjectName(QStringLiteral("loadingBar"));
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_clock->setObjectName(QStringLiteral("clockWarningLabel"));

    m_loading->setRange(0, 0); // busy
    m_loading->setMaximumWidth(120);
    m_loading->setTextVisible(false);
    m_loading->hide();
    followPalette(m_clock, [](const QPalette &palette) {
        return toneTextStyleSheet(StatusTone::Attention, palette, true);
    });
    m_clock->hide();
    m_selection->hide();

    bar->addWidget(m_paneText, 1);
    bar->addPermanentWidget(m_selection);
    bar->addPermanentWidget(m_loading);
    bar->addPermanentWidget(m_clock);
    bar->addPermanentWidget(m_connection);
    retranslateUi();
}

void StatusPanel::setPaneState(const PaneState &state)
{
    m_pane = state;
    m_paneText->setText(state.statusText);
    m_loading->setVisible(state.loading);
    m_selection->setVisible(state.selectionCount > 0);
    m_selection->setText(state.selectionText.isEmpty()
                             ? tr("%n selected", nullptr, state.selectionCount)
                             : state.selectionText);
}

ConnectionStatus StatusPanel::withTranslatedName(const ConnectionStatus &status)
{
    ConnectionStatus shown = status;
    if (shown.profileId == Profile::sandboxId())
        shown.profileName = Profile::sandbox().displayName;
    return shown;
}

void StatusPanel::setConnectionStatus(const ConnectionStatus &opened)
{
    m_status = opened;
    const ConnectionStatus status = withTranslatedName(opened);
    m_connection->setText(status.text());
    m_connection->setToolTip(status.details());
    const bool warn = status.hasClockWarning();
    m_clock->setVisible(warn);
    if (warn) {
        const QString warning = status.clockWarning();
        m_clock->setText(tr("Clock off by %1").arg(ClockOffset::amount(status.test.clockOffsetMs)));
        m_clock->setToolTip(warning);
        m_clock->setAccessibleDescription(warning);
    }
}

void StatusPanel::retranslateUi()
{
    // A label's accessible name is the text it shows (a screen reader reads "3 selected");
    // with no name of its own, QLabel::setText() sends the NameChanged event that makes a
    // new count or state heard. What the label is goes to the description.
    m_paneText->setAccessibleDescription(tr("Pane status"));
    m_selection->setAccessibleDescription(tr("Selection"));
    m_loading->setAccessibleName(tr("Loading"));
    m_connection->setAccessibleDescription(tr("Connection"));
    m_clock->setAccessibleDescription(tr("Clock warning"));
    setPaneState(m_pane);
    setConnectionStatus(m_status);
}

} // namespace dataarts::ui
