#pragma once

#include <QList>
#include <QString>

namespace dataarts {

// What an impact check looks at: an Architecture entity about to go offline, or one API on
// one cluster about to be unpublished or stopped. Names travel with the ids so that every
// report shows both.
struct ImpactTarget {
    enum class Kind { Entity, ApiCluster };

    Kind kind = Kind::Entity;
    // Entity
    QString bizType;
    QString bizId;
    QString name;     // the entity's name
    QString code;     // its table name in the database (what DataService and Factory name)
    QString database; // its database, when known
    QString notFound; // why its table name is not known (translated), when code is empty
    // API x cluster
    QString apiId;
    QString apiName;
    QString instanceId;
    QString instanceName;

    static ImpactTarget entity(QString bizType, QString bizId, QString name = {}, QString code = {},
                               QString database = {});
    static ImpactTarget apiCluster(QString apiId, QString instanceId, QString apiName = {},
                                   QString instanceName = {});

    bool isEntity() const { return kind == Kind::Entity; }
    // "TYPE:ID" or "API_ID@INSTANCE_ID", as the CLI and the journal spell targets.
    QString key() const;
    // The name a person knows it by ("name" or "API name @ cluster name"), ids when unknown.
    QString displayName() const;
    // Whether the impact reads apply: tables that exist in a database, and every API x cluster.
    bool impactApplies() const;
};

} // namespace dataarts
