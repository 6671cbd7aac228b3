#include "Stats.h"

#include <QJsonArray>

namespace dataarts::sandbox {

namespace {

QJsonObject transitions(const QHash<QString, QStringList> &map)
{
    QJsonObject out;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        out.insert(it.key(), QJsonObject{{QStringLiteral("transitions"), int(it.value().size())},
                                         {QStringLiteral("history"),
                                          QJsonArray::fromStringList(it.value())}});
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

void Stats::entityTransition(const QString &id, const QString &from, const QString &to)
{
    m_entities[id].append(from + QStringLiteral("->") + to);
    ++m_entityTransitions;
}

void Stats::pairTransition(const QString &key, const QString &from, const QString &to)
{
    m_pairs[key].append(from + QStringLiteral("->") + to);
    ++m_pairTransitions;
}

QJsonObject Stats::toJson(const QJsonObject &throttled, const QJsonObject &faults) const
{
    return {
        {QStringLiteral("requests"), QJsonObject{{QStringLiteral("total"), m_total},
                                                 {QStringLiteral("by_status"), counts(m_byOutcome)},
                                                 {QStringLiteral("by_kind"), counts(m_byKind)}}},
        {QStringLiteral("entities"), transitions(m_entities)},
        {QStringLiteral("pairs"), transitions(m_pairs)},
        {QStringLiteral("processed"), counts(m_processed)},
        {QStringLiteral("transition_totals"),
         QJsonObject{{QStringLiteral("entities"), m_entityTransitions},
                     {QStringLiteral("pairs"), m_pairTransitions}}},
        {QStringLiteral("throttled"), throttled},
        {QStringLiteral("faults"), faults},
    };
}

} // namespace dataarts::sandbox
