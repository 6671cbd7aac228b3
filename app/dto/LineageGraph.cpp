#include "LineageGraph.h"

#include "Envelopes.h"
#include "JsonFields.h"

#include <QSet>

namespace dataarts {

namespace {

void readEntityMap(JsonStream &s, LineageGraph *out)
{
    JsonFields m(s);
    while (m.next()) {
        const QString key = QString::fromUtf8(s.key().data(), s.key().size());
        if (m.takeNull())
            continue;
        CatalogEntity entity;
        if (!CatalogEntity::decode(s, &entity))
            return;
        if (entity.guid.isEmpty())
            entity.guid = key;
        out->entities.insert(key, std::move(entity));
    }
}

void readRelations(JsonStream &s, LineageGraph *out)
{
    JsonItems items(s);
    while (items.next()) {
        LineageGraph::Relation r;
        JsonFields f(s);
        while (f.next()) {
            if (f.is("from_entity_id"))
                r.from = f.id();
            else if (f.is("to_entity_id"))
                r.to = f.id();
            else
                f.skip();
        }
        if (!f.ok())
            return;
        if (r.from.isEmpty())
            f.missing("from_entity_id");
        else if (r.to.isEmpty())
            f.missing("to_entity_id");
        if (!f.ok())
            return;
        out->relations.append(r);
    }
}

} // namespace

bool LineageGraph::decodeDocument(const QByteArray &body, LineageGraph *out, DecodeError *error)
{
    JsonStream s(body);
    {
        JsonFields f(s);
        while (f.next()) {
            if (f.is("base_entity_guid"))
                out->baseGuid = f.id();
            else if (f.is("guid_entity_map")) {
                if (!f.takeNull())
                    readEntityMap(s, out);
            } else if (f.is("relations")) {
                if (!f.takeNull())
                    readRelations(s, out);
            } else
                f.skip();
            if (!s.ok())
                break;
        }
    }
    s.expectEnd();
    return envelope::result(s, body, error);
}

QList<LineageGraph::Node> LineageGraph::downstream(int maxDepth) const
{
    QHash<QString, QList<QString>> next;
    for (const Relation &r : relations)
        next[r.from].append(r.to);
    QList<Node> found;
    QSet<QString> seen{baseGuid};
    QList<QString> frontier{baseGuid};
    for (int depth = 1; depth <= maxDepth && !frontier.isEmpty(); ++depth) {
        QList<QString> following;
        for (const QString &guid : std::as_const(frontier)) {
            for (const QString &to : next.value(guid)) {
                if (seen.contains(to))
                    continue;
                seen.insert(to);
                following.append(to);
                Node node;
                node.entity = entities.value(to);
                if (node.entity.guid.isEmpty())
                    node.entity.guid = to;
                node.depth = depth;
                found.append(std::move(node));
            }
        }
        frontier = std::move(following);
    }
    return found;
}

} // namespace dataarts
