#include "EntityStore.h"

#include "Directory.h"
#include "Vocabulary.h"
#include "core/IdFactory.h"
#include "core/Rng.h"
#include "dto/BizType.h"

#include <algorithm>

namespace dataarts::sandbox {

namespace {

constexpr int kStatusCount = 6;

const QStringList &entityStatusNames()
{
    static const QStringList names = {
        QStringLiteral("DRAFT"),     QStringLiteral("PUBLISH_DEVELOPING"),
        QStringLiteral("PUBLISHED"), QStringLiteral("OFFLINE_DEVELOPING"),
        QStringLiteral("OFFLINE"),   QStringLiteral("REJECT"),
    };
    return names;
}

BizStatus seededTableStatus(quint64 h)
{
    const int p = int(h % 100);
    if (p < 55)
        return BizStatus::Published;
    if (p < 70)
        return BizStatus::Draft;
    if (p < 82)
        return BizStatus::Offline;
    if (p < 88)
        return BizStatus::PublishDeveloping;
    if (p < 94)
        return BizStatus::OfflineDeveloping;
    return BizStatus::Reject;
}

// Index into bizTypes::tableTypes(): TABLE_MODEL_LOGIC, TABLE_MODEL, DIMENSION_LOGIC_TABLE,
// FACT_LOGIC_TABLE, AGGREGATION_LOGIC_TABLE.
int seededTableKind(quint64 h)
{
    const int p = int(h % 100);
    if (p < 40)
        return 1;
    if (p < 55)
        return 0;
    if (p < 70)
        return 2;
    if (p < 85)
        return 3;
    return 4;
}

const BizStatus kOtherStatuses[EntityStore::OthersPerKind] = {
    BizStatus::Published,         BizStatus::Published, BizStatus::Published,
    BizStatus::Offline,           BizStatus::Draft,     BizStatus::PublishDeveloping,
    BizStatus::OfflineDeveloping, BizStatus::Reject,
};

QString number(int index)
{
    return QString::number(index).rightJustified(5, QLatin1Char('0'));
}

QString titleCase(const QString &snake)
{
    QStringList words = snake.split(QLatin1Char('_'));
    for (QString &w : words) {
        if (!w.isEmpty())
            w[0] = w.at(0).toUpper();
    }
    return words.join(QLatin1Char(' '));
}

} // namespace

QString bizStatusName(BizStatus status)
{
    return entityStatusNames().at(int(status));
}

std::optional<BizStatus> parseBizStatus(const QString &name)
{
    const int i = int(entityStatusNames().indexOf(name));
    if (i < 0)
        return std::nullopt;
    return BizStatus(i);
}

EntityStore::EntityStore(quint64 seed, int tables, const IdFactory &ids, const Directory &directory)
    : m_seed(seed)
    , m_tables(tables)
    , m_ids(ids)
    , m_directory(directory)
{
    const QStringList &all = bizTypes::all();
    const QStringList &tableKinds = bizTypes::tableTypes();
    QList<int> tableKindIndex;
    for (const QString &t : tableKinds)
        tableKindIndex.append(int(all.indexOf(t)));
    QList<int> others;
    for (int i = 0; i < all.size(); ++i) {
        if (!tableKinds.contains(all.at(i)))
            others.append(i);
    }

    const size_t total = size_t(tables) + size_t(others.size()) * OthersPerKind;
    m_type.resize(total);
    m_status.resize(total);
    m_updated.assign(total, 0);
    for (int i = 0; i < tables; ++i) {
        // The first 30 cover every kind with every status, whatever --tables says.
        if (i < 30) {
            m_type[size_t(i)] = quint8(tableKindIndex.at(i % 5));
            m_status[size_t(i)] = quint8((i / 5) % 6);
            continue;
        }
        const quint64 h = hash(i);
        m_type[size_t(i)] = quint8(tableKindIndex.at(seededTableKind(h)));
        m_status[size_t(i)] = quint8(seededTableStatus(h >> 8));
    }
    for (int k = 0; k < others.size(); ++k) {
        for (int j = 0; j < OthersPerKind; ++j) {
            const size_t i = size_t(tables) + size_t(k) * OthersPerKind + size_t(j);
            m_type[i] = quint8(others.at(k));
            m_status[i] = quint8(kOtherStatuses[j]);
        }
    }

    const int logical = int(all.indexOf(QStringLiteral("TABLE_MODEL_LOGIC")));
    const int physical = int(all.indexOf(QStringLiteral("TABLE_MODEL")));
    m_model.resize(total);
    m_byKindStatus.resize(size_t(all.size()) * kStatusCount);
    for (size_t i = 0; i < total; ++i) {
        const int type = m_type[i];
        if (type == logical)
            m_model[i] = qint8(directory.logicalModel());
        else if (type == physical)
            m_model[i] = qint8(directory.physicalModel(hash(int(i)) >> 48));
        else
            m_model[i] = qint8(int(i) < tables ? directory.dimensionModel() : -1);
        m_byKindStatus[size_t(type) * kStatusCount + m_status[i]].push_back(int(i));
    }
}

quint64 EntityStore::hash(int index) const
{
    return Rng::mix(m_seed ^ 0xA11E5ULL, quint64(index));
}

qint64 EntityStore::id(int index) const
{
    return m_ids.entityId(index);
}

int EntityStore::indexOf(qint64 id) const
{
    return m_ids.entityIndex(id, count());
}

const QString &EntityStore::bizType(int index) const
{
    return bizTypes::all().at(m_type[size_t(index)]);
}

int EntityStore::modelIndex(int index) const
{
    return m_model[size_t(index)];
}

qint64 EntityStore::modelId(int index) const
{
    const int m = modelIndex(index);
    return m < 0 ? 0 : m_directory.models.at(m).id;
}

QString EntityStore::createBy(int index) const
{
    return vocabulary::author(hash(index) >> 40);
}

qint64 EntityStore::updateMs(int index) const
{
    if (m_updated[size_t(index)] != 0)
        return m_updated[size_t(index)];
    const quint64 h = hash(index);
    const qint64 created =
        SeedEpochMs - qint64(h % 600) * EntityStore::DayMs - qint64((h >> 10) % EntityStore::DayMs);
    return qMin(SeedEpochMs, created + qint64((h >> 20) % 30) * EntityStore::DayMs);
}

bool EntityStore::isPhysicalTable(int index) const
{
    static const int logical = int(bizTypes::all().indexOf(QStringLiteral("TABLE_MODEL_LOGIC")));
    return index >= 0 && index < m_tables && m_type[size_t(index)] != logical;
}

int EntityStore::physicalTableAtOrAfter(int index) const
{
    for (int k = 0; k < m_tables; ++k) {
        const int i = (index + k) % m_tables;
        if (isPhysicalTable(i))
            return i;
    }
    return -1;
}

bool EntityStore::matchesName(int index, const QString &needle) const
{
    EntityView v; // only the names
    v.bizType = bizType(index);
    names(index, hash(index), &v);
    return v.name.contains(needle, Qt::CaseInsensitive) ||
           v.code.contains(needle, Qt::CaseInsensitive) ||
           v.nameCh.contains(needle, Qt::CaseInsensitive);
}

void EntityStore::setStatus(int index, BizStatus status, qint64 nowMs)
{
    const size_t kind = size_t(m_type[size_t(index)]) * kStatusCount;
    std::vector<int> &from = m_byKindStatus[kind + m_status[size_t(index)]];
    from.erase(std::lower_bound(from.begin(), from.end(), index));
    std::vector<int> &to = m_byKindStatus[kind + size_t(status)];
    to.insert(std::lower_bound(to.begin(), to.end(), index), index);
    m_status[size_t(index)] = quint8(status);
    m_updated[size_t(index)] = nowMs;
}

int EntityStore::page(const QList<int> &types, std::optional<BizStatus> status, int offset,
                      int limit, std::vector<int> *out) const
{
    std::vector<const std::vector<int> *> lists;
    qsizetype total = 0;
    for (const int type : types) {
        for (int s = 0; s < kStatusCount; ++s) {
            if (status && s != int(*status))
                continue;
            const std::vector<int> &list = m_byKindStatus[size_t(type) * kStatusCount + size_t(s)];
            if (!list.empty()) {
                lists.push_back(&list);
                total += qsizetype(list.size());
            }
        }
    }
    out->clear();
    if (offset >= total || limit <= 0)
        return int(total);
    // The entity at rank `offset` is the smallest x with more than `offset` entities <= x.
    const auto countUpTo = [&lists](int x) {
        qsizetype n = 0;
        for (const std::vector<int> *l : lists)
            n += std::upper_bound(l->begin(), l->end(), x) - l->begin();
        return n;
    };
    int lo = 0;
    int hi = count() - 1;
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (countUpTo(mid) > offset)
            hi = mid;
        else
            lo = mid + 1;
    }
    // Merge forward from there.
    std::vector<std::vector<int>::const_iterator> at;
    for (const std::vector<int> *l : lists)
        at.push_back(std::lower_bound(l->begin(), l->end(), lo));
    while (int(out->size()) < limit) {
        int best = -1;
        for (size_t k = 0; k < lists.size(); ++k) {
            if (at[k] != lists[k]->end() && (best < 0 || *at[k] < *at[size_t(best)]))
                best = int(k);
        }
        if (best < 0)
            break;
        out->push_back(*at[size_t(best)]++);
    }
    return int(total);
}

QString EntityStore::names(int index, quint64 h, EntityView *v) const
{
    using namespace vocabulary;
    const Word &s = subject(h >> 4);
    const Word &o = object(h >> 12);
    const Word &g = grain(h >> 18);
    if (index >= m_tables) {
        const int ordinal = index - m_tables;
        v->code = kindPrefix(v->bizType) + QLatin1Char('_') + en(s) + QLatin1Char('_') + en(o) +
                  QLatin1Char('_') + number(ordinal);
        v->nameCh = zh(s) + zh(o) + kindLabel(v->bizType) + QLatin1Char('_') + number(ordinal);
        v->nameEn = v->code;
        v->name = v->nameCh;
        return QString();
    }
    QString layer;
    QString suffix;
    if (v->bizType == QLatin1String("TABLE_MODEL")) {
        static const char *const layers[] = {"ods", "dwd", "dws", "ads"};
        layer = QString::fromLatin1(layers[(h >> 24) % 4]);
        suffix = QStringLiteral("表");
    } else if (v->bizType == QLatin1String("TABLE_MODEL_LOGIC")) {
        suffix = QStringLiteral("实体");
    } else if (v->bizType == QLatin1String("DIMENSION_LOGIC_TABLE")) {
        layer = QStringLiteral("dim");
        suffix = QStringLiteral("维度表");
    } else if (v->bizType == QLatin1String("FACT_LOGIC_TABLE")) {
        layer = QStringLiteral("dwd");
        suffix = QStringLiteral("事实表");
    } else {
        layer = QStringLiteral("dws");
        suffix = QStringLiteral("汇总表");
    }
    const QString stem = en(s) + QLatin1Char('_') + en(o) + QLatin1Char('_') + en(g);
    v->code = (layer.isEmpty() ? stem : layer + QLatin1Char('_') + stem) + QLatin1Char('_') +
              number(index);
    v->nameCh = zh(s) + zh(o) + zh(g) + suffix + QLatin1Char('_') + number(index);
    v->nameEn = v->code;
    v->name = (h >> 32) % 6 == 0 ? titleCase(stem) + QLatin1Char(' ') + number(index) : v->nameCh;
    return layer;
}

EntityView EntityStore::view(int index) const
{
    using namespace vocabulary;
    EntityView v;
    const quint64 h = hash(index);
    v.index = index;
    v.id = id(index);
    v.bizType = bizType(index);
    v.status = status(index);
    v.modelId = modelId(index);
    v.createBy = createBy(index);
    v.owner = author(h >> 44);
    v.createMs =
        SeedEpochMs - qint64(h % 600) * EntityStore::DayMs - qint64((h >> 10) % EntityStore::DayMs);
    v.updateMs = updateMs(index);
    v.envType = (h >> 52) % 3 == 0 ? QStringLiteral("DEV_PROD_TYPE") : QStringLiteral("PROD_TYPE");
    v.l1 = zh(subject(h >> 4)) + QStringLiteral("域");
    v.l2 = zh(subject(h >> 4)) + QStringLiteral("主题");
    v.l3 = zh(object(h >> 12)) + QStringLiteral("业务对象");

    const QString layer = names(index, h, &v);
    if (index < m_tables) {
        if (!layer.isEmpty())
            v.dbName = layerDatabase(layer);
        if (v.bizType == QLatin1String("TABLE_MODEL"))
            v.dwType = m_directory.models.at(modelIndex(index)).dwType;
        else if (v.bizType != QLatin1String("TABLE_MODEL_LOGIC"))
            v.dwType = dwType(h >> 36);
        v.description = v.nameCh + QStringLiteral("，由") + v.createBy + QStringLiteral("维护");
    } else {
        v.description = kindLabel(v.bizType) + QStringLiteral("（沙箱数据）");
    }
    return v;
}

} // namespace dataarts::sandbox
