#include "PaneArea.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dataarts::ui {

PaneArea::PaneArea(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_empty(new QLabel(this))
{
    m_tabs->setObjectName(QStringLiteral("paneTabs"));
    m_tabs->setDocumentMode(true);
    m_empty->setObjectName(QStringLiteral("noPanesLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        sizeToCurrentPane();
        emit currentPaneChanged(currentPane());
        emit currentStateChanged(currentState());
    });
    retranslateUi();
}

PaneArea::~PaneArea()
{
    // The panes go with the tabs after this object's members: they must not call back.
    for (Pane *pane : std::as_const(m_panes))
        pane->disconnect(this);
}

int PaneArea::addPane(Pane *pane, PaneActions actions)
{
    Q_ASSERT(pane && !m_panes.contains(pane));
    m_panes.append(pane);
    PaneState state;
    state.actions = actions;
    m_states.insert(pane, state);

    connect(pane, &Pane::titleChanged, this, [this, pane] { updateTab(pane); });
    connect(pane, &Pane::badgeChanged, this, [this, pane](int count) {
        changeState(pane, [count](PaneState &s) { s.badge = count; });
    });
    connect(pane, &Pane::statusTextChanged, this, [this, pane](const QString &text) {
        changeState(pane, [pane, text](PaneState &s) {
            const QString bar = pane->statusBarText();
            s.statusText = bar.isEmpty() ? text : bar;
            s.selectionText = pane->selectionSummary();
        });
    });
    connect(pane, &Pane::loadingChanged, this, [this, pane](bool loading) {
        changeState(pane, [loading](PaneState &s) { s.loading = loading; });
    });
    connect(pane, &Pane::selectionCountChanged, this, [this, pane](int count) {
        changeState(pane, [count, pane](PaneState &s) {
            s.selectionCount = count;
            s.selectionText = pane->selectionSummary();
        });
    });
    connect(pane, &Pane::currentRecordChanged, this, [this, pane](const Pane::Fields &fields) {
        changeState(pane, [fields](PaneState &s) { s.fields = fields; });
    });
    connect(pane, &QObject::destroyed, this, [this, pane] {
        m_panes.removeAll(pane);
        m_states.remove(pane);
        m_stack->setCurrentWidget(m_panes.isEmpty() ? static_cast<QWidget *>(m_empty) : m_tabs);
    });

    const int index = m_tabs->addTab(pane, pane->icon(), pane->title());
    sizeToCurrentPane();
    updateTab(pane);
    m_stack->setCurrentWidget(m_tabs);
    if (m_panes.size() == 1)
        emit currentStateChanged(currentState());
    return index;
}

void PaneArea::sizeToCurrentPane()
{
    // The tabs ask for the room the pane shown needs, not the largest of all (a tall filter
    // row of a hidden pane would keep a short window from fitting its screen).
    Pane *current = currentPane();
    for (Pane *pane : std::as_const(m_panes)) {
        const QSizePolicy::Policy policy =
            pane == current ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        if (pane->sizePolicy().horizontalPolicy() != policy) {
            pane->setSizePolicy(policy, policy);
            pane->updateGeometry();
        }
    }
}

Pane *PaneArea::currentPane() const
{
    return qobject_cast<Pane *>(m_tabs->currentWidget());
}

void PaneArea::setCurrentPane(Pane *pane)
{
    if (m_panes.contains(pane))
        m_tabs->setCurrentWidget(pane);
}

PaneState PaneArea::currentState() const
{
    Pane *pane = currentPane();
    return pane ? m_states.value(pane) : PaneState();
}

void PaneArea::changeState(Pane *pane, const std::function<void(PaneState &)> &change)
{
    auto it = m_states.find(pane);
    if (it == m_states.end())
        return;
    change(it.value());
    updateTab(pane);
    if (pane == currentPane())
        emit currentStateChanged(it.value());
}

void PaneArea::updateTab(Pane *pane)
{
    const int index = m_tabs->indexOf(pane);
    if (index < 0)
        return;
    const int badge = m_states.value(pane).badge;
    const QString title = pane->title();
    m_tabs->setTabText(index,
                       badge > 0 ? tr("%1 (%2)").arg(title, QLocale().toString(badge)) : title);
    m_tabs->setTabIcon(index, pane->icon());
    m_tabs->setTabToolTip(index,
                          badge > 0 ? tr("%1: %n waiting", nullptr, badge).arg(title) : title);
}

void PaneArea::retranslateUi()
{
    m_tabs->setAccessibleName(tr("Panes"));
    m_empty->setText(tr("No panes yet. The Tables and APIs panes appear here once they are "
                        "part of this build."));
    for (Pane *pane : std::as_const(m_panes))
        updateTab(pane);
}

void PaneArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace dataarts::ui
