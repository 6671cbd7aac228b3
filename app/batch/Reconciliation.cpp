#include "Reconciliation.h"

#include "client/Session.h"

namespace dataarts {

Reconciliation::Reconciliation(Session *session, ReconcileContext context,
                               QList<ReconcileItem> items, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_context(std::move(context))
    , m_items(std::move(items))
{}

void Reconciliation::start()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_finished)
                run();
        },
        Qt::QueuedConnection);
}

void Reconciliation::cancel()
{
    if (m_finished)
        return;
    stop();
    finish(ApiError::cancelled());
}

void Reconciliation::decide(const ItemOutcome &outcome)
{
    if (m_decided.contains(outcome.itemId))
        return;
    m_decided.insert(outcome.itemId, true);
    m_outcomes.append(outcome);
}

void Reconciliation::decide(qint64 itemId, ItemState state, const QString &code,
                            const QString &remark)
{
    ItemOutcome o;
    o.itemId = itemId;
    o.state = state;
    o.code = code;
    o.remark = remark;
    decide(o);
}

QDateTime Reconciliation::effectTime(const QDateTime &due) const
{
    const QDateTime seen = m_session && m_session->lastServerDate().isValid()
                               ? m_session->lastServerDate()
                               : (m_session ? m_session->now() : QDateTime::currentDateTimeUtc());
    return due.isValid() && due < seen ? due : seen;
}

void Reconciliation::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished();
}

} // namespace dataarts
