#pragma once

#include "panes/Pane.h"
#include "shell/PaneActions.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace dataarts::ui {

// What a pane last reported through its signals (Pane has no getters for these).
struct PaneState {
    QString statusText;    // without the selection (Pane::statusBarText)
    QString selectionText; // Pane::selectionSummary
    bool loading = false;
    int selectionCount = 0;
    Pane::Fields fields;
    int badge = 0;
    PaneActions actions;
};

// The panes in tabs (icon, title and badge from the Pane interface), or a clear "No panes
// yet" while none was added. Keeps what each pane last reported and forwards the current
// pane's state.
class PaneArea : public QWidget
{
    Q_OBJECT
public:
    explicit PaneArea(QWidget *parent = nullptr);
    ~PaneArea() override;

    // Takes ownership; returns the tab index.
    int addPane(Pane *pane, PaneActions actions = PaneAction::None);
    QList<Pane *> panes() const { return m_panes; }
    Pane *currentPane() const;
    void setCurrentPane(Pane *pane);
    // The state of the current pane (a default one without panes).
    PaneState currentState() const;
    PaneState state(Pane *pane) const { return m_states.value(pane); }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void currentPaneChanged(dataarts::ui::Pane *pane);
    // The current pane reported something new, or another pane became current.
    void currentStateChanged(const dataarts::ui::PaneState &state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTab(Pane *pane);
    void sizeToCurrentPane();
    void changeState(Pane *pane, const std::function<void(PaneState &)> &change);
    void retranslateUi();

    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    QLabel *m_empty;
    QList<Pane *> m_panes;
    QHash<Pane *, PaneState> m_states;
};

} // namespace dataarts::ui
