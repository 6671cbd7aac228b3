#include "AuthorizationSnapshot.h"

#include "AuthorizedAppsRead.h"

namespace dataarts {

AuthorizationSnapshot::AuthorizationSnapshot(Session *session, QList<RunItem> items,
                                             QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_items(std::move(items))
{
    for (const RunItem &item : std::as_const(m_items)) {
        if (!m_apis.contains(item.keyId))
            m_apis.append(item.keyId);
    }
}

void AuthorizationSnapshot::start()
{
    next();
}

void AuthorizationSnapshot::cancel()
{
    if (m_read)
        m_read->cancel();
}

void AuthorizationSnapshot::next()
{
    if (m_apis.isEmpty()) {
        m_finished = true;
        emit finished();
        return;
    }
    auto *read = new AuthorizedAppsRead(m_session, m_apis.takeFirst(), this);
    connect(read, &AuthorizedAppsRead::finished, this, [this, read] {
        read->deleteLater();
        m_reads += read->reads();
        if (!read->ok()) {
            m_error = read->error();
            m_finished = true;
            emit finished();
            return;
        }
        for (const RunItem &item : std::as_const(m_items)) {
            if (item.keyId == read->apiId())
                m_result.insert(item.id, read->on(item.keyPart));
        }
        next();
    });
    m_read = read;
    read->start();
}

} // namespace dataarts
