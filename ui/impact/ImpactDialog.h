#pragma once

#include "impact/ImpactCheck.h"

#include <QDialog>

namespace dataarts::ui {

class ImpactView;

// "Impact…" on a pane's selection: the impact of the selected tables or API x cluster pairs,
// without starting anything (a read-only check; export from the view).
class ImpactDialog : public QDialog
{
    Q_OBJECT
public:
    ImpactDialog(Session *session, const QList<ImpactTarget> &targets, QWidget *parent = nullptr);

    ImpactView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ImpactView *m_view;
    ImpactCache m_cache;
    int m_targets;
};

} // namespace dataarts::ui
