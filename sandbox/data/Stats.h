#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dataarts::sandbox {

// Adds history_times (ISO 8601 UTC with milliseconds) and history_times_ms to a control
// answer, parallel to its history.
void insertHistoryTimes(QJsonObject &into, const QList<qint64> &times);

// What GET /__sandbox/stats reports: requests by outcome and by kind, and every state
// transition of every entity and API x cluster pair, and how many writes processed each of
// them (a write that changes nothing the second time still counts), so tests can prove
// exactly-once.
class Stats
{
public:
    void countRequest(const QString &kind) { ++m_total, ++m_byKind[kind]; }
    void countOutcome(const QString &outcome) { ++m_byOutcome[outcome]; }

    // A write that acted on an entity or pair (whatever its outcome): how many times the
    // server processed it, which exactly-once needs at most once.
    void countProcessed(const QString &key) { ++m_processed[key]; }
    int processed(const QString &key) const { return int(m_processed.value(key)); }

    // atMs: the sandbox time the transition happened at (reported as history_times).
    void entityTransition(const QString &id, const QString &from, const QString &to,
                          qint64 atMs = 0);
    void pairTransition(const QString &key, const QString &from, const QString &to,
                        qint64 atMs = 0);

    int entityTransitions(const QString &id) const { return m_entities.value(id).size(); }
    QStringList entityHistory(const QString &id) const { return m_entities.value(id); }
    QStringList pairHistory(const QString &key) const { return m_pairs.value(key); }
    // Epoch ms of each history entry, parallel to the history.
    QList<qint64> entityHistoryTimes(const QString &id) const { return m_entityTimes.value(id); }
    QList<qint64> pairHistoryTimes(const QString &key) const { return m_pairTimes.value(key); }

    // extra: throttle and fault counters added by the server.
    QJsonObject toJson(const QJsonObject &throttled, const QJsonObject &faults) const;

private:
    qint64 m_total = 0;
    QHash<QString, qint64> m_byKind;
    QHash<QString, qint64> m_byOutcome;
    QHash<QString, QStringList> m_entities; // id -> "FROM->TO", oldest first
    QHash<QString, QStringList> m_pairs;
    QHash<QString, QList<qint64>> m_entityTimes; // parallel to m_entities / m_pairs
    QHash<QString, QList<qint64>> m_pairTimes;
    QHash<QString, qint64> m_processed; // entity id or "api/instance" -> writes processed
    qint64 m_entityTransitions = 0;
    qint64 m_pairTransitions = 0;
};

} // namespace dataarts::sandbox
