#pragma once

#include "UndoPlan.h"

#include "client/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace dataarts {

class AuthorizedAppsRead;
class Pager;
class PublishStateLookup;
class Session;
class TableStatusLookup;

// Reads, before an undo is sent, whether each target still allows the inverse:
// - API actions: the "instances valid for this action" list (dataarts-api.md section 4);
// - batch offline: the entity's status in all-tables (TableStatusLookup, every status):
//   only those still OFFLINE are published again, and their names are taken from the
//   listing when the journal kept none. Entities of the types that cannot be listed
//   (bizTypes::tableTypes() are the only ones) are kept unread: the server refuses to
//   publish one that is published or waiting for an approval, item by item.
// - UNPUBLISH (a republish): the pairs' publish state (PublishStateLookup): those not
//   published are kept; those published again since are kept only while an app recorded
//   before the run is not authorized again (only those are then sent); those waiting for
//   a review or in another state are skipped.
// A target that does not allow it was changed since the run (by someone else, or undone
// already) and is moved to the plan's skipped items with that reason. start(), then
// finished() once; a failed read fails the check (nothing is sent on a guess).
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
    void readEntities();
    void onEntities();
    void readPublishStates();
    void onPublishStates();
    void readPublishedApps();
    void finish(const ApiError &error);

    Session *m_session;
    UndoPlan m_plan;
    QStringList m_apis;
    QSet<QPair<QString, QString>> m_allowed;
    QPointer<Pager> m_pager;
    QPointer<TableStatusLookup> m_lookup;
    QPointer<PublishStateLookup> m_states;
    QPointer<AuthorizedAppsRead> m_read;
    ApiError m_error;
    bool m_done = false;
};

} // namespace dataarts
