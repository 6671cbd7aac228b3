#pragma once

#include <QIcon>
#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

namespace dataarts {
class Session;
}

namespace dataarts::ui {

// One of the main window's panes (Tables, APIs, Approvals, History, ...). The main window
// owns the session of the open profile and hands it to every pane; it shows the pane's
// title and icon on its tab, its counts and loading state in the status bar, and the
// current record's fields in the details panel.
class Pane : public QWidget
{
    Q_OBJECT
public:
    // One field of the current record for the Details panel: its translated label, the value
    // shown, and a tooltip (the value as the server sent it, when the value is a label).
    struct Field {
        Field() = default;
        Field(QString l, QString v, QString tip = {})
            : label(std::move(l))
            , value(std::move(v))
            , toolTip(std::move(tip))
        {}
        QString label;
        QString value;
        QString toolTip;
        friend bool operator==(const Field &a, const Field &b)
        {
            return a.label == b.label && a.value == b.value && a.toolTip == b.toolTip;
        }
    };
    using Fields = QList<Field>;

    explicit Pane(QWidget *parent = nullptr)
        : QWidget(parent)
    {}

    // Translated; changes on QEvent::LanguageChange (emit titleChanged then).
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;

    // The session of the open profile, or nullptr when none is open. The pane drops what it
    // had loaded and loads again from the new session (or shows "not connected").
    virtual void setSession(dataarts::Session *session) = 0;

    // Re-reads from the server (F5).
    virtual void refresh() = 0;

    // Pages are still arriving from the session.
    virtual bool isLoading() const { return false; }
    // Why the last load stopped (translated), or empty when it did not fail.
    virtual QString loadError() const { return {}; }
    // The pane's status now, with what is selected (see statusTextChanged).
    virtual QString statusText() const { return {}; }
    // The window's status bar shows the status and the selection apart (the selection in
    // its own label, announced to screen readers): the status without the selection, and
    // the selection ("12 selected, 3 of them hidden by the filter"; empty: the bar says
    // "N selected" from selectionCountChanged).
    virtual QString statusBarText() const { return statusText(); }
    virtual QString selectionSummary() const { return {}; }

signals:
    void titleChanged();
    // "Loaded 1,200 of 5,000 tables", "3 selected", ... for the status bar (translated).
    void statusTextChanged(const QString &text);
    void loadingChanged(bool loading);
    void selectionCountChanged(int count);
    // The fields of the current record for the details panel (empty: nothing selected).
    void currentRecordChanged(const dataarts::ui::Pane::Fields &fields);
    // A badge for the pane's tab (e.g. approvals waiting for me); 0 hides it.
    void badgeChanged(int count);
};

} // namespace dataarts::ui
