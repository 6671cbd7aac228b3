#include "ProgressPrinter.h"

#include "OutputFormatter.h"
#include "Terminal.h"

#include "batch/BatchRun.h"

#include <QLocale>

#include <algorithm>

namespace dataarts::cli {

namespace {
constexpr int kRedrawMs = 100;
constexpr int kMaxBar = 30;
constexpr int kMinBar = 10;
} // namespace

ProgressPrinter::ProgressPrinter(bool enabled, FILE *stream, QObject *parent)
    : QObject(parent)
    , m_enabled(enabled)
    , m_stream(stream)
{}

bool ProgressPrinter::wanted()
{
    return terminal::stderrIsTerminal();
}

void ProgressPrinter::follow(BatchRun *run)
{
    if (!m_enabled || !run)
        return;
    connect(run, &BatchRun::totalsChanged, this,
            [this](const RunTotals &totals) { update(totals); });
    connect(run, &BatchRun::finished, this, [this, run] {
        update(run->totals(), true);
        done();
    });
    update(run->totals(), true);
}

void ProgressPrinter::update(const RunTotals &totals, bool force)
{
    if (!m_enabled)
        return;
    if (!force && m_sinceDraw.isValid() && m_sinceDraw.elapsed() < kRedrawMs)
        return;
    m_sinceDraw.start();
    const int width = std::max(40, terminal::width());
    const QByteArray text = "\r" + line(totals, width - 1).toUtf8() + "\x1b[K";
    std::fwrite(text.constData(), 1, size_t(text.size()), m_stream);
    std::fflush(m_stream);
    m_drawn = true;
}

void ProgressPrinter::done()
{
    if (!m_enabled || !m_drawn)
        return;
    std::fputc('\n', m_stream);
    std::fflush(m_stream);
    m_drawn = false;
}

QString ProgressPrinter::line(const RunTotals &totals, int width)
{
    const QLocale locale;
    const QString counts =
        tr("%1/%2  success %3  failed %4  %5/s")
            .arg(locale.toString(totals.finalCount()), locale.toString(totals.total),
                 locale.toString(totals.success + totals.scheduled + totals.pending),
                 locale.toString(totals.failed), locale.toString(totals.itemsPerSecond, 'f', 1));
    const int room = width - OutputFormatter::displayWidth(counts) - 4;
    const int bar = std::min(kMaxBar, room);
    if (bar < kMinBar)
        return OutputFormatter::elide(counts, width);
    const int filled = int(totals.progress() * bar + 0.5);
    return QLatin1Char('[') + QString(filled, QLatin1Char('#')) +
           QString(bar - filled, QLatin1Char('.')) + QStringLiteral("]  ") + counts;
}

} // namespace dataarts::cli
