#pragma once

#include "impact/ImpactCheck.h"
#include "impact/ImpactReport.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace dataarts::ui {

// Shows an impact check (app/impact) as it runs and when it is done: one row per target
// (its name, its id, the verdict, what depends on it, its daily calls as a small chart),
// with what was found and what could not be checked, and why, beneath it. "Only with
// impact or unknown" hides the rest; Export writes the report as CSV or JSON. The wizards'
// Impact page and the panes' "Impact…" dialog both use it.
class ImpactView : public QWidget
{
    Q_OBJECT
public:
    enum Column { TargetColumn, IdColumn, VerdictColumn, DetailColumn, CallsColumn, ColumnCount };

    explicit ImpactView(QWidget *parent = nullptr);
    ~ImpactView() override;

    // Starts a check (cancelling one running); answers already in the cache are not read again.
    void check(Session *session, const QList<ImpactTarget> &targets, ImpactCheck::Options options,
               ImpactCache *cache);
    void cancel();

    bool isDone() const { return m_done; }
    const QList<TargetImpact> &results() const { return m_results; }
    int count(TargetImpact::Verdict verdict) const;
    // Keys (ImpactTarget::key()) of the targets with impact.
    QStringList keysWithImpact() const;
    ImpactReport report() const;

    QTreeWidget *tree() const { return m_tree; }
    QCheckBox *onlyImpactBox() const { return m_onlyImpact; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *summaryLabel() const { return m_summary; }

    // Writes the report (by the file's suffix: .json, else CSV); false with a message.
    bool exportTo(const QString &path, QString *error) const;

signals:
    void done();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onProgress(int done, int total);
    void onFinished();
    void fill();
    void applyFilter();
    void chooseExport();
    void retranslateUi();
    QTreeWidgetItem *itemFor(const TargetImpact &t) const;

    QLabel *m_summary;
    QProgressBar *m_bar;
    QCheckBox *m_onlyImpact;
    QPushButton *m_export;
    QTreeWidget *m_tree;
    QPointer<ImpactCheck> m_check;
    QList<TargetImpact> m_results;
    ImpactCheck::Options m_options;
    bool m_done = false;
};

} // namespace dataarts::ui
