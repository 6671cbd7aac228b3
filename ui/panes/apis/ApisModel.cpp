#include "ApisModel.h"

#include "panes/common/ItemRoles.h"
#include "panes/common/RecordFilterProxy.h"
#include "panes/common/RowRanges.h"
#include "panes/common/StatusText.h"

#include <QLocale>

#include <algorithm>

namespace dataarts::ui {

namespace {

bool sameApi(const ApiOverview &a, const ApiOverview &b)
{
    return a.id == b.id && a.name == b.name && a.description == b.description &&
           a.type.raw == b.type.raw && a.manager == b.manager && a.createUser == b.createUser &&
           a.createTime == b.createTime && a.authorizationStatus == b.authorizationStatus &&
           a.groupId == b.groupId && a.status.raw == b.status.raw &&
           a.debugStatus.raw == b.debugStatus.raw;
}

// Case-folded first (from the search text), then by case.
int pairRank(const ApisModel::Pair &p)
{
    return p.published ? int(p.status.value) : -1;
}

QString createdText(const QDateTime &time, QLocale::FormatType format)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), format) : QString();
}

} // namespace

ApisModel::ApisModel(QObject *parent)
    : RecordListModel(parent)
{}

int ApisModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApisModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumnCount + int(m_clusters.size());
}

int ApisModel::clusterIndexOfColumn(int column) const
{
    const int c = column - FixedColumnCount;
    return c >= 0 && c < m_clusters.size() ? c : -1;
}

QVariant ApisModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ApiOverview &a = row.api;
    const int c = clusterIndexOfColumn(index.column());
    if (c >= 0) {
        const Pair &p = row.pairs.at(c);
        switch (role) {
        case Qt::DisplayRole:
            return p.published ? StatusText::apiStatus(p.status) : StatusText::notPublished();
        case Qt::ToolTipRole:
            return tr("%1 on %2: %3")
                .arg(a.name, m_clusters.at(c).name,
                     p.published ? p.status.raw : StatusText::notPublished());
        case roles::Sort:
            return pairRank(p);
        case roles::Tone:
            return int(p.published ? StatusText::apiStatusTone(p.status.value) : StatusTone::Muted);
        case roles::RecordId:
            return a.id;
        case roles::ClusterId:
            return m_clusters.at(c).id;
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return a.name;
        case Reviewer:
            return a.manager;
        case Type:
            return StatusText::apiType(a.type);
        case Created:
            return createdText(a.createTime, QLocale::ShortFormat);
        case Id:
            return a.id;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name && !a.description.isEmpty())
            return a.description;
        if (index.column() == Type)
            return a.type.raw;
        if (index.column() == Created)
            return createdText(a.createTime, QLocale::LongFormat);
        break;
    case roles::Sort:
        switch (index.column()) {
        case Name:
            return a.name;
        case Reviewer:
            return a.manager;
        case Type:
            return a.type.raw;
        case Created:
            return a.createTime.isValid() ? a.createTime.toMSecsSinceEpoch() : qint64(-1);
        case Id:
            return a.id;
        }
        break;
    case roles::RecordId:
        return a.id;
    default:
        break;
    }
    return {};
}

QString ApisModel::columnTitle(int column)
{
    switch (column) {
    case Name:
        return tr("Name");
    case Reviewer:
        return tr("Reviewer");
    case Type:
        return tr("Type");
    case Created:
        return tr("Created");
    case Id:
        return tr("ID");
    }
    return {};
}

QVariant ApisModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        const int c = clusterIndexOfColumn(section);
        if (role == Qt::DisplayRole)
            return c >= 0 ? m_clusters.at(c).name : columnTitle(section);
        if (role == Qt::InitialSortOrderRole)
            return int(Qt::AscendingOrder);
        if (role == Qt::ToolTipRole && c >= 0)
            return tr("Status on the cluster %1 (%2)")
                .arg(m_clusters.at(c).name, m_clusters.at(c).id);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

int ApisModel::compareRows(int leftRow, int rightRow, int column) const
{
    const Row &l = m_rows.at(leftRow);
    const Row &r = m_rows.at(rightRow);
    int c = 0;
    const int cluster = clusterIndexOfColumn(column);
    if (cluster >= 0) {
        c = pairRank(l.pairs.at(cluster)) - pairRank(r.pairs.at(cluster));
    } else {
        switch (column) {
        case Name: // the search text holds the folded name, then the folded reviewer
            c = compareFolded(searchField(l.search, 0), searchField(r.search, 0), l.api.name,
                              r.api.name);
            break;
        case Reviewer:
            c = compareFolded(searchField(l.search, 1), searchField(r.search, 1), l.api.manager,
                              r.api.manager);
            break;
        case Type:
            c = l.api.type.raw.compare(r.api.type.raw);
            break;
        case Created: {
            const qint64 a = l.api.createTime.isValid() ? l.api.createTime.toMSecsSinceEpoch() : -1;
            const qint64 b = r.api.createTime.isValid() ? r.api.createTime.toMSecsSinceEpoch() : -1;
            c = a < b ? -1 : (a > b ? 1 : 0);
            break;
        }
        default:
            break;
        }
    }
    if (c == 0)
        c = l.api.id.compare(r.api.id);
    return c;
}

void ApisModel::setClusters(const QList<ServiceCluster> &clusters)
{
    bool same = clusters.size() == m_clusters.size();
    for (int i = 0; same && i < clusters.size(); ++i)
        same = clusters.at(i).id == m_clusters.at(i).id;
    if (same) {
        for (int i = 0; i < clusters.size(); ++i)
            m_clusters[i].name = clusters.at(i).name;
        if (!clusters.isEmpty())
            emit headerDataChanged(Qt::Horizontal, FixedColumnCount,
                                   FixedColumnCount + int(clusters.size()) - 1);
        return;
    }
    beginResetModel();
    m_clusters.clear();
    m_clusterOfId.clear();
    for (const ServiceCluster &cluster : clusters) {
        if (m_clusterOfId.contains(cluster.id))
            continue;
        m_clusterOfId.insert(cluster.id, int(m_clusters.size()));
        m_clusters.append({cluster.id, cluster.name.isEmpty() ? cluster.id : cluster.name});
    }
    m_rows.clear();
    m_rowOfId.clear();
    forgetSeen();
    forgetRanks();
    endResetModel();
}

void ApisModel::addUnknownClusters(const QList<ApiOverview> &apis)
{
    QList<Cluster> extra;
    QHash<QString, int> extraIndex;
    for (const ApiOverview &api : apis) {
        for (const ApiPublishInfo &message : api.publishMessages) {
            if (message.instanceId.isEmpty() || m_clusterOfId.contains(message.instanceId) ||
                extraIndex.contains(message.instanceId))
                continue;
            extraIndex.insert(message.instanceId, int(extra.size()));
            extra.append({message.instanceId, message.instanceName.isEmpty()
                                                  ? message.instanceId
                                                  : message.instanceName});
        }
    }
    if (extra.isEmpty())
        return;
    const int first = columnCount();
    beginInsertColumns(QModelIndex(), first, first + int(extra.size()) - 1);
    for (const Cluster &cluster : std::as_const(extra)) {
        m_clusterOfId.insert(cluster.id, int(m_clusters.size()));
        m_clusters.append(cluster);
    }
    for (Row &row : m_rows)
        row.pairs.resize(m_clusters.size());
    endInsertColumns();
}

ApisModel::Row ApisModel::makeRow(const ApiOverview &api)
{
    Row row;
    row.api = api;
    row.api.publishMessages.clear();
    row.api.type.raw = m_pool.intern(api.type.raw);
    row.api.manager = m_pool.intern(api.manager);
    row.api.createUser = m_pool.intern(api.createUser);
    row.api.authorizationStatus = m_pool.intern(api.authorizationStatus);
    row.api.status.raw = m_pool.intern(api.status.raw);
    row.api.debugStatus.raw = m_pool.intern(api.debugStatus.raw);
    row.pairs.resize(m_clusters.size());
    for (const ApiPublishInfo &message : api.publishMessages) {
        const int c = m_clusterOfId.value(message.instanceId, -1);
        if (c < 0)
            continue;
        row.pairs[c].published = true;
        row.pairs[c].status = message.apiStatus;
        row.pairs[c].status.raw = m_pool.intern(message.apiStatus.raw);
    }
    row.search = RecordFilterProxy::fold(api.name) + QLatin1Char('\n') +
                 RecordFilterProxy::fold(api.manager) + QLatin1Char('\n') + api.id;
    return row;
}

void ApisModel::addApis(const QList<ApiOverview> &apis)
{
    addUnknownClusters(apis);
    QList<int> changed;
    QList<Row> added;
    QHash<QString, int> addedIndex;
    for (const ApiOverview &api : apis) {
        Row fresh = makeRow(api);
        const int row = m_rowOfId.value(api.id, -1);
        if (row >= 0) {
            markSeen(row);
            Row &old = m_rows[row];
            if (!sameApi(old.api, fresh.api) || old.pairs != fresh.pairs) {
                old = std::move(fresh);
                forgetRank(row);
                changed.append(row);
            }
            continue;
        }
        const auto again = addedIndex.constFind(api.id);
        if (again != addedIndex.constEnd()) {
            added[*again] = std::move(fresh);
            continue;
        }
        addedIndex.insert(api.id, int(added.size()));
        added.append(std::move(fresh));
    }
    if (!changed.isEmpty()) {
        std::sort(changed.begin(), changed.end());
        changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
        for (const auto &range : rowRanges::fromSortedRows(changed))
            emit dataChanged(index(range.first, 0), index(range.second, columnCount() - 1));
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
    for (Row &row : added) {
        m_rowOfId.insert(row.api.id, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
}

ApiTarget ApisModel::target(int row, int clusterIndex) const
{
    const Row &r = m_rows.at(row);
    const Pair &p = r.pairs.at(clusterIndex);
    ApiTarget t;
    t.apiId = r.api.id;
    t.apiName = r.api.name;
    t.instanceId = m_clusters.at(clusterIndex).id;
    t.clusterName = m_clusters.at(clusterIndex).name;
    t.reviewer = r.api.manager;
    t.published = p.published;
    if (p.published)
        t.status = p.status;
    return t;
}

void ApisModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_rowOfId.clear();
    m_pool.clear();
    stopMerge();
    forgetRanks();
    endResetModel();
}

void ApisModel::removeRowRange(int first, int last)
{
    m_rows.remove(first, last - first + 1);
}

void ApisModel::rowsRemovedByMerge()
{
    rebuildIndex();
}

void ApisModel::rebuildIndex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOfId.insert(m_rows.at(row).api.id, row);
}

Pane::Fields ApisModel::fields(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    const ApiOverview &a = r.api;
    Pane::Fields f;
    f.append({tr("Name"), a.name});
    f.append({tr("Description"), a.description});
    f.append({tr("Type"), StatusText::apiType(a.type)});
    f.append({tr("Reviewer"), a.manager});
    f.append({tr("Created by"), a.createUser});
    f.append({tr("Created"), createdText(a.createTime, QLocale::LongFormat)});
    f.append({tr("Authorization status"), a.authorizationStatus});
    if (!a.groupId.isEmpty())
        f.append({tr("Group"), a.groupId});
    if (!a.status.isEmpty())
        f.append({tr("Status (shared edition)"), StatusText::apiStatus(a.status)});
    if (!a.debugStatus.isEmpty())
        f.append({tr("Debug status"), StatusText::apiDebugStatus(a.debugStatus)});
    for (int c = 0; c < m_clusters.size(); ++c) {
        const Pair &p = r.pairs.at(c);
        f.append({tr("On %1").arg(m_clusters.at(c).name),
                  p.published ? StatusText::apiStatus(p.status) : StatusText::notPublished()});
    }
    f.append({tr("ID"), a.id});
    return f;
}

void ApisModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace dataarts::ui
