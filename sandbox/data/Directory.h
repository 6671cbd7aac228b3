#pragma once

#include <QList>
#include <QString>

namespace dataarts::sandbox {

class IdFactory;
class Rng;

// The account, its projects, the DataArts instance, its workspaces and the Architecture
// models: what discovery and IAM answer with.
struct Project {
    QString id;
    QString name; // region id
};

struct Workspace {
    QString id;
    QString name;
    QString description;
    bool isDefault = false;
    bool hasData = false; // only the seeded workspace holds the seeded data
};

struct Instance {
    QString id;
    QString name;
    int status = 2; // 2: effective
    QString orderId;
    QList<Workspace> workspaces;
};

struct Model {
    qint64 id = 0;
    QString name;
    QString nameEn;
    QString description;
    QString type; // THIRD_NF or DIMENSION
    QString dwType;
    bool physical = false;
    QString createBy;
    qint64 createMs = 0;
};

class Directory
{
public:
    Directory(Rng &rng, IdFactory &ids, qint64 seedEpochMs);

    QString accountName = QStringLiteral("sandbox_account");
    QString accountId;
    Project project;         // the one the data lives in
    QList<Project> projects; // every project of the account, ours included
    QList<Instance> instances;
    QList<Model> models;

    const Instance &instance() const { return instances.constFirst(); }
    const Workspace &workspace() const { return instances.constFirst().workspaces.constFirst(); }
    const Workspace *findWorkspace(const QString &id) const;
    const Instance *findInstance(const QString &id) const;
    const Model *findModel(qint64 id) const;

    // Indexes into models by kind.
    int logicalModel() const { return 0; }
    int physicalModel(quint64 hash) const { return 1 + int(hash % 3); }
    int dimensionModel() const { return 4; }
};

} // namespace dataarts::sandbox
