#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace dataarts::sandbox {

class Directory;
class IdFactory;

// BizStatusEnum (dataarts-api.md section 2.2).
enum class BizStatus : quint8 {
    Draft,
    PublishDeveloping,
    Published,
    OfflineDeveloping,
    Offline,
    Reject
};
QString bizStatusName(BizStatus status);
std::optional<BizStatus> parseBizStatus(const QString &name);

// One Architecture entity as the API shows it, built on demand.
struct EntityView {
    int index = -1;
    qint64 id = 0;
    QString bizType;
    QString name; // display name (mostly Chinese, some English)
    QString nameCh;
    QString nameEn;
    QString code;
    BizStatus status = BizStatus::Draft;
    QString dbName;
    QString dwType;
    qint64 modelId = 0;
    QString createBy;
    QString owner;
    qint64 createMs = 0;
    qint64 updateMs = 0;
    QString l1, l2, l3;
    QString description;
    QString envType;
};

// Every Architecture business entity: the tables of the five all-tables kinds first, then a
// few of each of the other 35 kinds. Everything but the mutable status and update time is
// derived from (seed, index) when asked for, so 100,000 tables cost a few bytes each and
// start-up stays fast.
class EntityStore
{
public:
    static constexpr int OthersPerKind = 8;
    static constexpr qint64 SeedEpochMs = 1748736000000LL; // 2025-06-01T00:00:00Z
    static constexpr qint64 DayMs = 86400LL * 1000;

    EntityStore(quint64 seed, int tables, const IdFactory &ids, const Directory &directory);

    int count() const { return int(m_type.size()); }
    int tableCount() const { return m_tables; }

    qint64 id(int index) const;
    int indexOf(qint64 id) const;
    const QString &bizType(int index) const;
    int typeIndex(int index) const { return m_type[size_t(index)]; } // into bizTypes::all()
    BizStatus status(int index) const { return BizStatus(m_status[size_t(index)]); }
    qint64 modelId(int index) const;
    QString createBy(int index) const;
    qint64 updateMs(int index) const;
    EntityView view(int index) const;

    // A table with a database (every all-tables kind but TABLE_MODEL_LOGIC): what the
    // catalog, lineage, Factory and DataService APIs see.
    bool isPhysicalTable(int index) const;
    // The first such table at or after `index` (wrapping around), -1 when there is none.
    int physicalTableAtOrAfter(int index) const;

    // Fuzzy name/code match (case-insensitive), the cheap way for scans.
    bool matchesName(int index, const QString &needle) const;

    // The entities of the given kinds (indexes into bizTypes::all()), with the given status
    // or any, in creation order: their number, and the indexes of [offset, offset + limit)
    // in *page. O(kinds x log^2 n + limit), whatever the offset.
    int page(const QList<int> &types, std::optional<BizStatus> status, int offset, int limit,
             std::vector<int> *page) const;

    void setStatus(int index, BizStatus status, qint64 nowMs);

private:
    quint64 hash(int index) const;
    int modelIndex(int index) const;
    // Fills name, nameCh, nameEn and code; returns the warehouse layer ("dwd", ...) if any.
    QString names(int index, quint64 h, EntityView *view) const;

    quint64 m_seed;
    int m_tables;
    const IdFactory &m_ids;
    const Directory &m_directory;
    std::vector<quint8> m_type;    // index into bizTypes::all()
    std::vector<quint8> m_status;  // BizStatus
    std::vector<qint64> m_updated; // 0: the seeded time
    std::vector<qint8> m_model;    // index into Directory::models, -1: none
    // Sorted entity indexes per (kind, status): kind * 6 + status.
    std::vector<std::vector<int>> m_byKindStatus;
};

} // namespace dataarts::sandbox
