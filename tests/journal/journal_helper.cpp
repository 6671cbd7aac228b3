// A separate process for the journal tests that need one.
//
//   journal_helper burst DB ITEMS BATCH
//       Creates a run of ITEMS items and marks them SENDING in batches of BATCH, as the
//       engine does before each request leaves. Prints "run ID" once the run is committed,
//       "sending K" once batch K is committed as SENDING, and for even K answers it and
//       prints "answered K" once that is committed (odd batches stay SENDING, like
//       requests in flight). Each line is flushed at once: the power-cut test kills the
//       process at some point and checks that every reported batch is in the file.
//   journal_helper write DB
//       Opens the journal and records a one-item run. Prints "ok", or "error KIND MESSAGE"
//       and exits with 1 (the read-only test runs it as another user).
#include "journal/Journal.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace dataarts;

namespace {

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const Journal &journal)
{
    say("error " + QByteArray::number(int(journal.error())) + ' ' + journal.errorString().toUtf8());
    return 1;
}

NewRun runOf(int items)
{
    NewRun run;
    run.kind = RunKind::BatchOffline;
    run.profileId = QStringLiteral("p");
    run.profileName = QStringLiteral("power cut");
    run.createdBy = QStringLiteral("helper");
    for (int i = 0; i < items; ++i)
        run.items.append({QString::number(700000000000000000LL + i), QStringLiteral("TABLE_MODEL"),
                          QStringLiteral("t%1").arg(i)});
    return run;
}

int burst(Journal &journal, int items, int batch)
{
    const CreatedRun run = journal.createRun(runOf(items));
    if (!run.isValid())
        return fail(journal);
    say("run " + QByteArray::number(run.runId));
    for (int k = 0; k * batch < items; ++k) {
        const QList<qint64> ids = run.itemIds.mid(k * batch, batch);
        const qint64 ref = journal.markSending(run.runId, ids);
        if (ref <= 0)
            return fail(journal);
        say("sending " + QByteArray::number(k));
        if (k % 2 == 0) {
            RequestAnswer answer;
            answer.requestRef = ref;
            answer.requestId = QStringLiteral("req-%1").arg(k);
            answer.httpStatus = 200;
            for (const qint64 id : ids)
                answer.items.append({id, ItemState::Success, {}, {}, {}, {}});
            if (!journal.recordAnswer(answer))
                return fail(journal);
            say("answered " + QByteArray::number(k));
        }
    }
    say("done");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        std::fputs("usage: journal_helper burst DB ITEMS BATCH | write DB\n", stderr);
        return 2;
    }
    Journal journal(args.at(1));
    if (!journal.open())
        return fail(journal);
    if (args.at(0) == QLatin1String("burst") && args.size() == 4)
        return burst(journal, args.at(2).toInt(), args.at(3).toInt());
    if (args.at(0) == QLatin1String("write")) {
        if (!journal.createRun(runOf(1)).isValid())
            return fail(journal);
        say("ok");
        return 0;
    }
    return 2;
}
