#pragma once

#include "batch/RunEvents.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <cstdio>

namespace dataarts {
class BatchRun;
}

namespace dataarts::cli {

// The progress of a run on standard error while it runs: a bar with the counts and the
// rate, redrawn in place. Only when standard error is a terminal (enabled); silent
// otherwise, so that scripts and logs get the final report alone.
class ProgressPrinter : public QObject
{
    Q_OBJECT
public:
    explicit ProgressPrinter(bool enabled, FILE *stream = stderr, QObject *parent = nullptr);

    static bool wanted(); // standard error is a terminal

    // Follows the run's totals until it finishes.
    void follow(dataarts::BatchRun *run);
    void update(const dataarts::RunTotals &totals, bool force = false);
    // Ends the line (once something was drawn).
    void done();

    // "[#######.............]  340/1,000  success 320  failed 20  12.5/s", fitted to width.
    static QString line(const dataarts::RunTotals &totals, int width);

private:
    bool m_enabled;
    FILE *m_stream;
    bool m_drawn = false;
    QElapsedTimer m_sinceDraw;
};

} // namespace dataarts::cli
