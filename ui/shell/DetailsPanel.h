#pragma once

#include "panes/Pane.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTreeWidget;

namespace dataarts::ui {

// The details dock's content: every field of the current pane's selected record
// (Pane::currentRecordChanged), label and value, values selectable for copying.
class DetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    void setFields(const Pane::Fields &fields);
    Pane::Fields fields() const { return m_fields; }
    QTreeWidget *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QStackedWidget *m_stack;
    QTreeWidget *m_view;
    QLabel *m_empty;
    Pane::Fields m_fields;
};

} // namespace dataarts::ui
