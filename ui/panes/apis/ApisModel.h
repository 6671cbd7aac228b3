#pragma once

#include "panes/common/ApiTarget.h"
#include "panes/common/RecordListModel.h"
#include "panes/common/StringPool.h"

#include "dto/ApiOverview.h"
#include "dto/ServiceCluster.h"

#include <QBitArray>
#include <QHash>
#include <QList>

namespace dataarts::ui {

// The APIs pane's rows: one DataService API each, with its reviewer (manager), type,
// creation time and id, then one column per exclusive cluster holding that API x cluster
// pair's status (from the API's publish_messages; "not published" when it has none for the
// cluster). A publish message naming a cluster the clusters list did not return adds a
// column for it. A hash from API id to row; updates batched over row ranges.
class ApisModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column { Name, Reviewer, Type, Created, Id, FixedColumnCount };
    Q_ENUM(Column)

    struct Cluster {
        QString id;
        QString name;
    };
    struct Pair {
        KnownEnum<ApiStatus> status;
        bool published = false; // the API has a publish message for this cluster
        bool operator==(const Pair &o) const
        {
            return published == o.published && status.value == o.status.value &&
                   status.raw == o.status.raw;
        }
    };

    explicit ApisModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The cluster columns. The same clusters (ids, in order) keep the rows; different ones
    // reset the model.
    void setClusters(const QList<ServiceCluster> &clusters);
    // Appends new APIs and updates those already there (by id).
    void addApis(const QList<ApiOverview> &apis);

    int clusterCount() const { return int(m_clusters.size()); }
    const Cluster &cluster(int clusterIndex) const { return m_clusters.at(clusterIndex); }
    static int clusterColumn(int clusterIndex) { return FixedColumnCount + clusterIndex; }
    // -1 for the API's own columns.
    int clusterIndexOfColumn(int column) const;

    const ApiOverview &api(int row) const { return m_rows.at(row).api; }
    const Pair &pair(int row, int clusterIndex) const
    {
        return m_rows.at(row).pairs.at(clusterIndex);
    }
    ApiTarget target(int row, int clusterIndex) const;
    int rowOfId(const QString &id) const { return m_rowOfId.value(id, -1); }
    QString recordId(int row) const override { return m_rows.at(row).api.id; }
    int rowOfRecord(const QString &id) const override { return rowOfId(id); }
    // -1 when no column is that cluster's.
    int clusterIndexOfId(const QString &id) const { return m_clusterOfId.value(id, -1); }

    QStringView searchText(int row) const override { return m_rows.at(row).search; }
    void clear() override;
    Pane::Fields fields(int row) const override;

    void retranslate();
    static QString columnTitle(int column);

protected:
    int compareRows(int leftRow, int rightRow, int column) const override;
    void removeRowRange(int first, int last) override;
    void rowsRemovedByMerge() override;

private:
    struct Row {
        ApiOverview api; // publishMessages moved into pairs
        QList<Pair> pairs;
        QString search; // folded name, reviewer and id
    };

    Row makeRow(const ApiOverview &api);
    void addUnknownClusters(const QList<ApiOverview> &apis);
    void rebuildIndex();

    QList<Cluster> m_clusters;
    QHash<QString, int> m_clusterOfId;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfId;
    StringPool m_pool;
};

} // namespace dataarts::ui
