#pragma once

#include "panes/Pane.h"

#include "journal/JournalRecords.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace dataarts {
class RunCenter;
}

namespace dataarts::ui {

class RunListModel;

// The History pane (spec/product.md "Journal"): searches the journal's runs by an item's id
// (entity biz id, API id or cluster id, exactly), an item state, the kind and a date range,
// a page of 100 at a time, newest first. Opening a result (double click, Enter or "Open in
// Progress") emits showRunRequested(). Under the list, the current run's undo links ("Undo
// of run 12", "Undone by run 15") with a button per linked run that opens it the same way.
// The journal is local: it works without a session.
class HistoryView : public Pane
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;

    explicit HistoryView(RunCenter *center, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void setSession(dataarts::Session *session) override;
    void refresh() override;
    QString statusText() const override { return m_status; }

    // The query the fields make (offset of the current page).
    JournalQuery query() const;
    // Fills the fields from a query (id, state, kind, dates) and searches from its offset.
    void search(const JournalQuery &query);
    int totalMatches() const { return m_total; }
    RunListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // The current run's undo links, and the buttons that open the linked runs (visible ones
    // only).
    QString linkText() const;
    QList<QPushButton *> linkButtons() const;

public slots:
    void searchFromFields();
    void nextPage();
    void previousPage();
    void openCurrent();

signals:
    void showRunRequested(qint64 runId);

protected:
    void changeEvent(QEvent *event) override;
    // Lists the runs again each time the pane is shown: runs made while it was hidden.
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void run(const JournalQuery &query);
    void updatePaging();
    void updateLinks();

    QPointer<RunCenter> m_center;
    RunListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_id;
    QComboBox *m_state;
    QComboBox *m_kind;
    QCheckBox *m_fromCheck;
    QDateEdit *m_from;
    QCheckBox *m_toCheck;
    QDateEdit *m_to;
    QPushButton *m_search;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_open;
    QLabel *m_pageLabel;
    QTreeView *m_view;
    QLabel *m_linkLabel;
    QList<QPushButton *> m_linkButtons; // reused; those past the current run's links hidden
    QHBoxLayout *m_linkRow;
    int m_offset = 0;
    int m_total = 0;
    int m_shown = 0;
    QString m_status;
};

} // namespace dataarts::ui
