#include "Stats.h"

#include "core/TimeFormat.h"

#include <QJsonArray>

namespace dataarts::sandbox {

void insertHistoryTimes(QJsonObject &into, const QList<qint64> &times)
{
    QJsonArray iso;
    QJsonArray ms;
    for (const qint64 t : times) {
        iso.append(timefmt::isoMillis(t));
        ms.append(t);
    }
    into.insert(QStringLiteral("history_times"), iso);
    into.insert(QStringLiteral("history_times_ms"), ms);
}

namespace {

QJsonObject transitions(const QHash<QString, QStringList> &map,
                        const QHash<QString, QList<qint64>> &times)
{
    QJsonObject out;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        QJsonObject o{{QStringLiteral("transitions"), int(it.value().size())},
                      {QStringLiteral("history"), QJsonArray::fromStringList(it.value())}};
        insertHistoryTimes(o, times.value(it.key()));
        out.insert(it.key(), o);
    }
    return out;
}

template <typename Map>
QJsonObject counts(const Map &map)
{
    QJsonObject out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace

void Stats::entityTransition(const QString &id, const QString &from, const QString &to, qint64 atMs)
{
    m_entities[id].append(from + QStringLiteral("->") + to);
    m_entityTimes[id].append(atMs);
    ++m_entityTransitions;
}

void Stats::pairTransition(const QString &key, const QString &from, const QString &to, qint64 atMs)
{
    m_pairs[key].append(from + QStringLiteral("->") + to);
    m_pairTimes[key].append(atMs);
    ++m_pairTransitions;
}

QJsonObject Stats::toJson(const QJsonObject &throttled, const QJsonObject &faults) const
{
    return {
        {QStringLiteral("requests"), QJsonObject{{QStringLiteral("total"), m_total},
                                                 {QStringLiteral("by_status"), counts(m_byOutcome)},
                                                 {QStringLiteral("by_kind"), counts(m_byKind)}}},
        {QStringLiteral("entities"), transitions(m_entities, m_entityTimes)},
        {QStringLiteral("pairs"), transitions(m_pairs, m_pairTimes)},
        {QStringLiteral("processed"), counts(m_processed)},
        {QStringLiteral("transition_totals"),
         QJsonObject{{QStringLiteral("entities"), m_entityTransitions},
                     {QStringLiteral("pairs"), m_pairTransitions}}},
        {QStringLiteral("throttled"), throttled},
        {QStringLiteral("faults"), faults},
    };
}

} // namespace dataarts::sandbox
