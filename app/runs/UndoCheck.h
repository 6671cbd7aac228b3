#pragma once

#include "UndoPlan.h"

#include "client/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace dataarts {

class Pager;
class Session;

// Reads, before an undo is sent, whether each pair still allows the inverse action (the
// "instances valid for this action" list, dataarts-api.md section 4): a pair that does not
// was changed since the run (by someone else, or undone already) and is moved to the plan's
// skipped items with that reason. start(), then finished() once; a failed read fails the
// check (nothing is sent on a guess).
class UndoCheck : public QObject
{
    Q_OBJECT
public:
    UndoCheck(Session *session, UndoPlan plan, QObject *parent = nullptr);

    void start();
    bool ok() const { return m_done && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    const UndoPlan &plan() const { return m_plan; }

signals:
    void finished();

private:
    void next();

    Session *m_session;
    UndoPlan m_plan;
    QStringList m_apis;
    QSet<QPair<QString, QString>> m_allowed;
    QPointer<Pager> m_pager;
    ApiError m_error;
    bool m_done = false;
};

} // namespace dataarts
