#pragma once

// Small builders shared by the journal suites.

#include "journal/Journal.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace journaltest {

using namespace dataarts;

// A batch-offline run of n TABLE_MODEL entities with realistic parameters.
inline NewRun offlineRun(int n, const QString &firstId = QStringLiteral("885123875376193536"))
{
    NewRun run;
    run.kind = RunKind::BatchOffline;
    run.profileId = QStringLiteral("p-1");
    run.profileName = QStringLiteral("生产环境");
    run.createdBy = QStringLiteral("zhang.wei");
    run.parameters = QJsonObject{{QStringLiteral("approver_user_id"), QStringLiteral("u-42")},
                                 {QStringLiteral("approver_user_name"), QStringLiteral("李娜")},
                                 {QStringLiteral("fast_approval"), false},
                                 {QStringLiteral("schedule_time"), QStringLiteral("30_18")},
                                 {QStringLiteral("chunk_size"), 50}};
    const qint64 base = firstId.toLongLong();
    for (int i = 0; i < n; ++i) {
        run.items.append({QString::number(base + i), QStringLiteral("TABLE_MODEL"),
                          QStringLiteral("dwd_order_%1").arg(i)});
    }
    return run;
}

inline ItemOutcome outcome(qint64 itemId, ItemState state, const QString &code = QString(),
                           const QString &remark = QString())
{
    ItemOutcome o;
    o.itemId = itemId;
    o.state = state;
    o.code = code;
    o.remark = remark;
    return o;
}

// A 200 answer that gives every item the same state.
inline RequestAnswer answerAll(qint64 ref, const QList<qint64> &itemIds, ItemState state,
                               const QString &requestId = QStringLiteral("req-1"))
{
    RequestAnswer answer;
    answer.requestRef = ref;
    answer.requestId = requestId;
    answer.httpStatus = 200;
    for (const qint64 id : itemIds)
        answer.items.append(outcome(id, state));
    return answer;
}

// One value read through the journal's own connection.
inline QVariant scalar(const Journal &journal, const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(journal.connectionName(), false));
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

} // namespace journaltest
