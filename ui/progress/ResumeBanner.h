#pragma once

#include "journal/JournalRecords.h"

#include <QFrame>
#include <QList>
#include <QPointer>

class QLabel;
class QPushButton;

namespace dataarts {
class RunCenter;
}

namespace dataarts::ui {

// The start-up offer above the window's panes: "N runs were interrupted" with Resume (every
// one, through RunCenter::resume), Show (the first in the Progress view) and Dismiss. It
// appears on RunCenter::unfinishedRunsFound and hides itself when acted upon.
class ResumeBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ResumeBanner(RunCenter *center, QWidget *parent = nullptr);

    void setRuns(const QList<RunSummary> &runs);
    QList<qint64> runIds() const;
    QString text() const;
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *showButton() const { return m_show; }

public slots:
    // Resumes every run offered; false when one could not be (the banner says why).
    bool resumeAll();

signals:
    void showRunRequested(qint64 runId);
    void runsResumed(const QList<qint64> &runIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QPointer<RunCenter> m_center;
    QList<RunSummary> m_runs;
    QString m_error;
    QLabel *m_text;
    QPushButton *m_resume;
    QPushButton *m_show;
    QPushButton *m_dismiss;
};

} // namespace dataarts::ui
