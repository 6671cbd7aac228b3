#include "UndoLinks.h"

#include <QLocale>

namespace dataarts {

QString UndoLinks::undoOfText(const RunSummary &run)
{
    if (run.undoOf <= 0)
        return QString();
    return tr("Undo of run %1").arg(QLocale().toString(run.undoOf));
}

QString UndoLinks::undoneByText(const RunSummary &run)
{
    if (run.undoneBy.isEmpty())
        return QString();
    const QLocale locale;
    QStringList ids;
    for (const qint64 id : run.undoneBy)
        ids.append(locale.toString(id));
    if (ids.size() == 1)
        return tr("Undone by run %1").arg(ids.constFirst());
    //: %1: the run ids, separated by commas.
    return tr("Undone by runs %1").arg(ids.join(QStringLiteral(", ")));
}

QStringList UndoLinks::texts(const RunSummary &run)
{
    QStringList out;
    for (const QString &text : {undoOfText(run), undoneByText(run)}) {
        if (!text.isEmpty())
            out.append(text);
    }
    return out;
}

QList<qint64> UndoLinks::linkedRuns(const RunSummary &run)
{
    QList<qint64> out;
    if (run.undoOf > 0)
        out.append(run.undoOf);
    out += run.undoneBy;
    return out;
}

} // namespace dataarts
