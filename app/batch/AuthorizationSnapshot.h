#pragma once

#include "RunItem.h"

#include "client/ApiError.h"
#include "journal/JournalRecords.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace dataarts {

class AuthorizedAppsRead;
class Session;

// Before an UNPUBLISH run sends its pairs, the apps authorized on each of them (UNPUBLISH
// removes every authorization; the undo gives them back from the journal). One API at a
// time, so that a wrong key costs one bad signature. start(), then finished() once; a
// failed read fails it all (BatchRun then sends nothing).
class AuthorizationSnapshot : public QObject
{
    Q_OBJECT
public:
    // items: API x cluster pairs (keyId = api id, keyPart = cluster id).
    AuthorizationSnapshot(Session *session, QList<RunItem> items, QObject *parent = nullptr);

    void start();
    void cancel();
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int reads() const { return m_reads; }
    // By item id: the apps on its pair (every link state; AuthorizedAppsRead::inForce).
    const QHash<qint64, QList<AppAuthorization>> &result() const { return m_result; }

signals:
    void finished();

private:
    void next();

    Session *m_session;
    QList<RunItem> m_items;
    QStringList m_apis;
    QHash<qint64, QList<AppAuthorization>> m_result;
    QPointer<AuthorizedAppsRead> m_read;
    ApiError m_error;
    int m_reads = 0;
    bool m_finished = false;
};

} // namespace dataarts
