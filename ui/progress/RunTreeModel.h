#pragma once

#include "batch/RunEvents.h"
#include "journal/JournalRecords.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace dataarts::ui {

// One run of the Progress view as a tree: its requests in the order sent (method and path,
// HTTP status, request id, error code, the server's message verbatim, the BatchOperationVO
// totals total / success / failed / rate) and under each request the items it carried last
// (key, state badge, code, remark verbatim (the group's remark when the item has none),
// request id, timestamps). Items not sent yet sit under a last "Not sent yet" row.
//
// setRun() loads a run from the journal; a running run is then followed through
// requestsStarted() (items move under their new request), requestFinished() and
// itemsChanged(), which emit one dataChanged per request and batch, never one per item.
class RunTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Key, State, Http, Code, Remark, RequestId, Totals, Updated, ColumnCount };
    Q_ENUM(Column)
    // ItemState (as int) of an item row; invalid on request rows.
    static constexpr int ItemStateRole = Qt::UserRole + 50;
    // The journal's item id of an item row, the request reference of a request row.
    static constexpr int NodeIdRole = Qt::UserRole + 51;

    explicit RunTreeModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRun(const RunRecord &record);
    void clear();
    qint64 runId() const { return m_runId; }
    RunKind kind() const { return m_kind; }

    void requestsStarted(const QList<RequestEvent> &events);
    void requestFinished(const RequestEvent &event);
    void itemsChanged(const QList<ItemChange> &changes);

    int itemCount() const { return int(m_items.size()); }
    int requestCount() const { return int(m_nodes.size()) - 1; }
    int count(ItemState state) const;
    // The index of an item (column Key), invalid for an unknown id.
    QModelIndex itemIndex(qint64 itemId) const;
    void retranslate();

private:
    struct Node {
        qint64 ref = 0; // 0: the "not sent yet" node
        QByteArray method;
        QString path;
        QString requestId;
        int httpStatus = 0;
        QString errorCode;
        QString remark;
        bool answered = false;
        QDateTime sentAt;
        QDateTime answeredAt;
        bool hasTotals = false;
        qint64 total = 0;
        qint64 success = 0;
        qint64 failed = 0;
        QString rate;
        QHash<QString, QString> groupRemarks; // biz id -> remark, verbatim
        QList<int> children;                  // indexes into m_items
        int row = -1;                         // top-level row; -1: not shown
    };
    struct Item {
        JournalItem item;
        int node = 0;
        int row = 0;
    };

    static void readResult(Node *node, const QByteArray &body);
    QModelIndex nodeIndex(int node, int column = 0) const;
    int addNode(const RequestEvent &event);
    void moveItems(const QList<qint64> &itemIds, int toNode);
    void hideEmptyNotSent();
    void renumber(int node, int from);
    QVariant nodeData(const Node &node, int column, int role) const;
    QVariant itemData(const Item &item, int column, int role) const;

    qint64 m_runId = 0;
    RunKind m_kind = RunKind::BatchOffline;
    QList<Node> m_nodes; // node 0: not sent yet
    QList<int> m_order;  // top-level row -> node
    QHash<qint64, int> m_nodeOfRef;
    QList<Item> m_items;
    QHash<qint64, int> m_itemOf;
};

} // namespace dataarts::ui
