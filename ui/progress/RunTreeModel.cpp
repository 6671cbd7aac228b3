#include "RunTreeModel.h"

#include "RunText.h"

#include "panes/common/ItemRoles.h"
#include "panes/common/StatusText.h"

#include "client/ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <limits>

namespace dataarts::ui {

namespace {

// A known error code with its translated meaning beside it (the server's remark stays
// verbatim in its own column); the meaning alone for the tooltip.
QString codeText(const QString &code, int role)
{
    const QString meaning = ApiError::describeCode(code);
    if (meaning.isEmpty() || role == roles::Sort)
        return code;
    if (role == Qt::ToolTipRole)
        return meaning;
    //: An error code and its meaning in the Progress tree's Code column
    return RunTreeModel::tr("%1 · %2").arg(code, meaning);
}

// A remark that is one of the server's own words (DEVELOPING, PASSED, ...) is shown by its
// label; the words as sent stay in the tooltip and in every export.
QString remarkText(const QString &remark, int role)
{
    if (role != Qt::DisplayRole)
        return remark;
    const QString label = StatusText::serverWord(remark);
    return label.isEmpty() ? remark : label;
}

} // namespace

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

} // namespace

RunTreeModel::RunTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_nodes.append(Node());
}

QModelIndex RunTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_order.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_order.size())
        return {};
    const int node = m_order.at(parent.row());
    if (row >= m_nodes.at(node).children.size())
        return {};
    return createIndex(row, column, quintptr(node + 1));
}

QModelIndex RunTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return nodeIndex(int(child.internalId()) - 1);
}

QModelIndex RunTreeModel::nodeIndex(int node, int column) const
{
    const int row = m_nodes.at(node).row;
    return row < 0 ? QModelIndex() : createIndex(row, column, quintptr(0));
}

int RunTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_order.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_nodes.at(m_order.at(parent.row())).children.size());
}

int RunTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RunTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return nodeData(m_nodes.at(m_order.at(index.row())), index.column(), role);
    const Node &node = m_nodes.at(int(index.internalId()) - 1);
    return itemData(m_items.at(node.children.at(index.row())), index.column(), role);
}

QVariant RunTreeModel::nodeData(const Node &node, int column, int role) const
{
    const QLocale locale;
    if (role == NodeIdRole)
        return node.ref;
    if (role != Qt::DisplayRole && role != roles::Sort && role != Qt::ToolTipRole)
        return {};
    const bool sort = role == roles::Sort;
    switch (Column(column)) {
    case Key:
        if (node.ref == 0)
            return sort ? QVariant(std::numeric_limits<qint64>::max())
                        : QVariant(tr("Not sent yet (%1)")
                                       .arg(locale.toString(qint64(node.children.size()))));
        if (sort)
            return node.ref;
        if (node.method.isEmpty()) // the journal does not keep the path
            return tr("Request %1").arg(locale.toString(node.ref));
        return QString(QString::fromLatin1(node.method) + QLatin1Char(' ') + node.path);
    case State:
        if (node.ref == 0)
            return {};
        if (sort)
            return node.answered ? 1 : 0;
        return node.answered ? tr("Answered") : tr("Waiting for the answer");
    case Http:
        if (node.httpStatus == 0)
            return sort ? QVariant(0) : QVariant();
        return node.httpStatus;
    case Code:
        return codeText(node.errorCode, role);
    case Remark:
        return remarkText(node.remark, role);
    case RequestId:
        return node.requestId;
    case Totals:
        if (!node.hasTotals)
            return {};
        if (sort)
            return node.total;
        //: BatchOperationVO totals of one request; %4 is the server's rate, verbatim
        return tr("total %1 · success %2 · failed %3 · rate %4")
            .arg(locale.toString(node.total), locale.toString(node.success),
                 locale.toString(node.failed), node.rate);
    case Updated: {
        const QDateTime t = node.answeredAt.isValid() ? node.answeredAt : node.sentAt;
        return sort ? QVariant(t) : QVariant(timeText(t));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RunTreeModel::itemData(const Item &entry, int column, int role) const
{
    const JournalItem &item = entry.item;
    if (role == NodeIdRole || role == roles::RecordId)
        return item.id;
    if (role == ItemStateRole)
        return int(item.state);
    if (role == roles::Tone)
        return column == State ? QVariant(int(RunText::itemStateTone(item.state))) : QVariant();
    if (role != Qt::DisplayRole && role != roles::Sort && role != Qt::ToolTipRole)
        return {};
    const bool sort = role == roles::Sort;
    switch (Column(column)) {
    case Key: {
        // The entity type by its name (as sent in the tooltip); other key parts as they are.
        const QString part = role == Qt::DisplayRole ? StatusText::bizType(item.keyPart)
                                                     : item.keyPart;
        QString key = part.isEmpty() ? item.keyId : part + QLatin1Char(' ') + item.keyId;
        if (!item.displayName.isEmpty() && !sort)
            key = item.displayName + QStringLiteral(" (") + key + QLatin1Char(')');
        return key;
    }
    case State:
        return sort ? QVariant(int(item.state)) : QVariant(RunText::itemState(item.state));
    case Http:
        return {};
    case Code:
        return codeText(item.code, role);
    case Remark:
        if (!item.remark.isEmpty())
            return remarkText(item.remark, role);
        return remarkText(m_nodes.at(entry.node).groupRemarks.value(item.keyId), role);
    case RequestId:
        return item.requestId;
    case Totals:
        if (item.attempts <= 0)
            return {};
        if (sort)
            return item.attempts;
        return tr("%n request(s)", nullptr, item.attempts);
    case Updated:
        if (sort)
            return item.updatedAt;
        if (role == Qt::ToolTipRole)
            return tr("Created %1, updated %2")
                .arg(timeText(item.createdAt), timeText(item.updatedAt));
        return timeText(item.updatedAt);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RunTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Key:
        return tr("Request / item");
    case State:
        return tr("State");
    case Http:
        return tr("HTTP");
    case Code:
        return tr("Code");
    case Remark:
        return tr("Message / remark");
    case RequestId:
        return tr("Request id");
    case Totals:
        return tr("Totals");
    case Updated:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

void RunTreeModel::readResult(Node *node, const QByteArray &body)
{
    node->hasTotals = false;
    node->groupRemarks.clear();
    if (body.isEmpty())
        return;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (!o.contains(QStringLiteral("total")) && !o.contains(QStringLiteral("groups")))
        return;
    node->hasTotals = true;
    node->total = o.value(QStringLiteral("total")).toInteger();
    node->success = o.value(QStringLiteral("success")).toInteger();
    node->failed = o.value(QStringLiteral("failed")).toInteger();
    node->rate = o.value(QStringLiteral("rate")).toString();
    const QJsonArray groups = o.value(QStringLiteral("groups")).toArray();
    for (const QJsonValue &v : groups) {
        const QJsonObject g = v.toObject();
        const QString remark = g.value(QStringLiteral("remark")).toString();
        if (!remark.isEmpty())
            node->groupRemarks.insert(g.value(QStringLiteral("biz_id")).toString(), remark);
    }
}

void RunTreeModel::clear()
{
    beginResetModel();
    m_runId = 0;
    m_nodes.clear();
    m_nodes.append(Node());
    m_order.clear();
    m_nodeOfRef.clear();
    m_items.clear();
    m_itemOf.clear();
    endResetModel();
}

void RunTreeModel::setRun(const RunRecord &record)
{
    beginResetModel();
    m_runId = record.run.id;
    m_kind = record.run.kind;
    m_nodes.clear();
    m_nodes.append(Node());
    m_order.clear();
    m_nodeOfRef.clear();
    m_items.clear();
    m_itemOf.clear();
    for (const JournalRequest &r : record.requests) {
        Node node;
        node.ref = r.ref;
        node.requestId = r.requestId;
        node.httpStatus = r.httpStatus;
        node.errorCode = r.errorCode;
        node.remark = r.remark;
        node.sentAt = r.sentAt;
        node.answeredAt = r.answeredAt;
        node.answered = r.answeredAt.isValid();
        readResult(&node, r.resultBody);
        m_nodeOfRef.insert(r.ref, int(m_nodes.size()));
        m_nodes.append(node);
    }
    m_items.reserve(record.items.size());
    for (const JournalItem &j : record.items) {
        const int node = m_nodeOfRef.value(j.requestRef, 0);
        Item item{j, node, int(m_nodes.at(node).children.size())};
        m_itemOf.insert(j.id, int(m_items.size()));
        m_nodes[node].children.append(int(m_items.size()));
        m_items.append(item);
    }
    for (int n = 1; n < m_nodes.size(); ++n) {
        m_nodes[n].row = int(m_order.size());
        m_order.append(n);
    }
    if (!m_nodes.at(0).children.isEmpty()) {
        m_nodes[0].row = int(m_order.size());
        m_order.append(0);
    }
    endResetModel();
}

int RunTreeModel::addNode(const RequestEvent &event)
{
    const int existing = m_nodeOfRef.value(event.requestRef, -1);
    if (existing >= 0)
        return existing;
    Node node;
    node.ref = event.requestRef;
    node.method = event.method;
    node.path = event.path;
    node.sentAt = QDateTime::currentDateTimeUtc();
    const int id = int(m_nodes.size());
    // Requests go before the "not sent yet" row.
    const bool notSentShown = m_nodes.at(0).row >= 0;
    const int row = int(m_order.size()) - (notSentShown ? 1 : 0);
    beginInsertRows({}, row, row);
    node.row = row;
    m_nodes.append(node);
    m_nodeOfRef.insert(event.requestRef, id);
    m_order.insert(row, id);
    if (notSentShown)
        m_nodes[0].row = row + 1;
    endInsertRows();
    return id;
}

void RunTreeModel::renumber(int node, int from)
{
    const QList<int> &children = m_nodes.at(node).children;
    for (int r = qMax(0, from); r < children.size(); ++r)
        m_items[children.at(r)].row = r;
}

void RunTreeModel::moveItems(const QList<qint64> &itemIds, int toNode)
{
    QMap<int, QList<int>> rowsByNode; // old node -> rows to take out
    QList<int> moving;
    for (qint64 id : itemIds) {
        const int i = m_itemOf.value(id, -1);
        if (i < 0 || m_items.at(i).node == toNode)
            continue;
        rowsByNode[m_items.at(i).node].append(m_items.at(i).row);
        moving.append(i);
    }
    if (moving.isEmpty())
        return;
    for (auto it = rowsByNode.begin(); it != rowsByNode.end(); ++it) {
        const int node = it.key();
        QList<int> rows = it.value();
        std::sort(rows.begin(), rows.end(), std::greater<int>());
        const QModelIndex parent = nodeIndex(node);
        int i = 0;
        while (i < rows.size()) {
            int j = i;
            while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) - 1)
                ++j;
            const int first = rows.at(j);
            const int last = rows.at(i);
            if (parent.isValid())
                beginRemoveRows(parent, first, last);
            QList<int> &children = m_nodes[node].children;
            children.erase(children.begin() + first, children.begin() + last + 1);
            renumber(node, first);
            if (parent.isValid())
                endRemoveRows();
            i = j + 1;
        }
    }
    QList<int> &target = m_nodes[toNode].children;
    const int first = int(target.size());
    const QModelIndex parent = nodeIndex(toNode);
    if (parent.isValid())
        beginInsertRows(parent, first, first + int(moving.size()) - 1);
    for (int i : std::as_const(moving)) {
        m_items[i].node = toNode;
        m_items[i].row = int(target.size());
        target.append(i);
    }
    if (parent.isValid())
        endInsertRows();
}

void RunTreeModel::hideEmptyNotSent()
{
    const int row = m_nodes.at(0).row;
    if (row < 0 || !m_nodes.at(0).children.isEmpty())
        return;
    beginRemoveRows({}, row, row);
    m_order.removeAt(row);
    m_nodes[0].row = -1;
    endRemoveRows();
}

void RunTreeModel::requestsStarted(const QList<RequestEvent> &events)
{
    for (const RequestEvent &event : events) {
        if (event.runId != m_runId || event.requestRef <= 0)
            continue;
        const int node = addNode(event);
        moveItems(event.itemIds, node);
        // Items sent again count one more request.
        for (qint64 id : event.itemIds) {
            const int i = m_itemOf.value(id, -1);
            if (i >= 0) {
                m_items[i].item.requestRef = event.requestRef;
                ++m_items[i].item.attempts;
            }
        }
    }
    hideEmptyNotSent();
}

void RunTreeModel::requestFinished(const RequestEvent &event)
{
    if (event.runId != m_runId)
        return;
    const int n = m_nodeOfRef.value(event.requestRef, -1);
    if (n < 0)
        return;
    Node &node = m_nodes[n];
    node.requestId = event.requestId;
    node.httpStatus = event.httpStatus;
    node.errorCode = event.errorCode;
    node.remark = event.remark;
    node.answered = true;
    node.answeredAt = QDateTime::currentDateTimeUtc();
    readResult(&node, event.resultBody);
    for (qint64 id : event.itemIds) {
        const int i = m_itemOf.value(id, -1);
        if (i >= 0)
            m_items[i].item.requestId = event.requestId;
    }
    const QModelIndex first = nodeIndex(n, 0);
    if (first.isValid()) {
        emit dataChanged(first, nodeIndex(n, ColumnCount - 1));
        if (!node.children.isEmpty())
            emit dataChanged(index(0, RequestId, first),
                             index(int(node.children.size()) - 1, Totals, first));
    }
}

void RunTreeModel::itemsChanged(const QList<ItemChange> &changes)
{
    QHash<int, QPair<int, int>> ranges; // node -> min, max row
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ItemChange &c : changes) {
        const int i = m_itemOf.value(c.itemId, -1);
        if (i < 0)
            continue;
        JournalItem &item = m_items[i].item;
        item.state = c.state;
        item.code = c.code;
        item.remark = c.remark;
        if (!c.approvalId.isEmpty())
            item.approvalId = c.approvalId;
        if (c.effectiveAt.isValid())
            item.effectiveAt = c.effectiveAt;
        item.updatedAt = now;
        const int node = m_items.at(i).node;
        const int row = m_items.at(i).row;
        auto it = ranges.find(node);
        if (it == ranges.end())
            ranges.insert(node, {row, row});
        else
            *it = {qMin(it->first, row), qMax(it->second, row)};
    }
    for (auto it = ranges.cbegin(); it != ranges.cend(); ++it) {
        const QModelIndex parent = nodeIndex(it.key());
        if (parent.isValid())
            emit dataChanged(index(it->first, 0, parent),
                             index(it->second, ColumnCount - 1, parent));
    }
}

int RunTreeModel::count(ItemState state) const
{
    int n = 0;
    for (const Item &item : m_items)
        n += item.item.state == state ? 1 : 0;
    return n;
}

QModelIndex RunTreeModel::itemIndex(qint64 itemId) const
{
    const int i = m_itemOf.value(itemId, -1);
    if (i < 0)
        return {};
    const QModelIndex parent = nodeIndex(m_items.at(i).node);
    return parent.isValid() ? index(m_items.at(i).row, Key, parent) : QModelIndex();
}

void RunTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_order.isEmpty())
        return;
    emit dataChanged(index(0, 0), index(int(m_order.size()) - 1, ColumnCount - 1));
    for (int row = 0; row < m_order.size(); ++row) {
        const QModelIndex parent = index(row, 0);
        const int n = rowCount(parent);
        if (n > 0)
            emit dataChanged(index(0, 0, parent), index(n - 1, ColumnCount - 1, parent));
    }
}

} // namespace dataarts::ui
