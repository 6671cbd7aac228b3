#include "RunExport.h"

#include "csv/CsvWriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace dataarts {

namespace {

bool keyPartFirst(RunKind kind)
{
    return kind == RunKind::BatchOffline || kind == RunKind::BatchPublish;
}

// The item's key values in keyColumns() order.
QStringList keyValues(RunKind kind, const JournalItem &item)
{
    if (keyPartFirst(kind))
        return {item.keyPart, item.keyId};
    return {item.keyId, item.keyPart};
}

QString statusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return QStringLiteral("RUNNING");
    case RunStatus::Finished:
        return QStringLiteral("FINISHED");
    case RunStatus::Cancelled:
        return QStringLiteral("CANCELLED");
    }
    return QString();
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(RunExport::timeText(time)) : QJsonValue();
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}

} // namespace

QString RunExport::timeText(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QStringList RunExport::keyColumns(RunKind kind)
{
    switch (kind) {
    case RunKind::BatchOffline:
    case RunKind::BatchPublish:
        return {QStringLiteral("biz_type"), QStringLiteral("biz_id")};
    case RunKind::ApiAction:
    case RunKind::ApiRepublish:
        return {QStringLiteral("api_id"), QStringLiteral("instance_id")};
    case RunKind::ApprovalResolve:
    case RunKind::ApprovalReject:
    case RunKind::ApprovalWithdraw:
        return {QStringLiteral("approval_id"), QStringLiteral("detail")};
    case RunKind::MessageConfirm:
        return {QStringLiteral("message_id"), QStringLiteral("detail")};
    case RunKind::ApplicationReview:
        return {QStringLiteral("apply_id"), QStringLiteral("detail")};
    }
    return {QStringLiteral("id"), QStringLiteral("detail")};
}

QStringList RunExport::csvHeader(RunKind kind)
{
    return keyColumns(kind) +
           QStringList{QStringLiteral("name"),        QStringLiteral("state"),
                       QStringLiteral("code"),        QStringLiteral("remark"),
                       QStringLiteral("request_id"),  QStringLiteral("attempts"),
                       QStringLiteral("approval_id"), QStringLiteral("effective_at"),
                       QStringLiteral("updated_at"),  QStringLiteral("took_effect_at"),
                       QStringLiteral("undo_of"),     QStringLiteral("undone_by")};
}

QString RunExport::idText(qint64 id)
{
    return id > 0 ? QString::number(id) : QString();
}

QString RunExport::idsText(const QList<qint64> &ids)
{
    QStringList texts;
    texts.reserve(ids.size());
    for (const qint64 id : ids)
        texts.append(QString::number(id));
    return texts.join(QLatin1Char(' '));
}

QByteArray RunExport::csv(const RunRecord &run, bool byteOrderMark)
{
    QByteArray out;
    if (byteOrderMark)
        out += CsvWriter::byteOrderMark();
    const RunKind kind = run.run.kind;
    out += CsvWriter::record(csvHeader(kind));
    const QString undoOf = idText(run.run.undoOf);
    const QString undoneBy = idsText(run.run.undoneBy);
    for (const JournalItem &item : run.items) {
        out += CsvWriter::record(keyValues(kind, item) +
                                 QStringList{item.displayName, itemStates::name(item.state),
                                             item.code, item.remark, item.requestId,
                                             QString::number(item.attempts), item.approvalId,
                                             timeText(item.effectiveAt), timeText(item.updatedAt),
                                             timeText(item.tookEffectAt()), undoOf, undoneBy});
    }
    return out;
}

QByteArray RunExport::json(const RunRecord &record)
{
    const RunSummary &run = record.run;
    QJsonObject runObject{
        {QStringLiteral("id"), run.id},
        {QStringLiteral("kind"), runKinds::name(run.kind)},
        {QStringLiteral("status"), statusName(run.status())},
        {QStringLiteral("profile_id"), run.profileId},
        {QStringLiteral("profile_name"), run.profileName},
        {QStringLiteral("parameters"), run.parameters},
        {QStringLiteral("created_by"), run.createdBy},
        {QStringLiteral("created_at"), timeOrNull(run.createdAt)},
        {QStringLiteral("finished_at"), timeOrNull(run.finishedAt)},
        {QStringLiteral("retry_of"), idOrNull(run.retryOf)},
        {QStringLiteral("undo_of"), idOrNull(run.undoOf)},
        {QStringLiteral("undone_by"), idArray(run.undoneBy)},
    };

    QJsonObject totals{{QStringLiteral("total"), run.total}};
    for (int s = int(ItemState::Queued); s <= int(ItemState::Cancelled); ++s) {
        const auto state = ItemState(s);
        totals.insert(itemStates::name(state), run.count(state));
    }

    QJsonArray requests;
    for (const JournalRequest &request : record.requests) {
        QJsonObject object{
            {QStringLiteral("ref"), request.ref},
            {QStringLiteral("request_id"), request.requestId},
            {QStringLiteral("http_status"), request.httpStatus},
            {QStringLiteral("error_code"), request.errorCode},
            {QStringLiteral("remark"), request.remark},
            {QStringLiteral("items"), idArray(request.itemIds)},
            {QStringLiteral("sent_at"), timeOrNull(request.sentAt)},
            {QStringLiteral("answered_at"), timeOrNull(request.answeredAt)},
        };
        // The body as JSON when it is JSON, otherwise as text.
        if (!request.resultBody.isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument body = QJsonDocument::fromJson(request.resultBody, &parseError);
            if (parseError.error == QJsonParseError::NoError && body.isObject())
                object.insert(QStringLiteral("result"), body.object());
            else if (parseError.error == QJsonParseError::NoError && body.isArray())
                object.insert(QStringLiteral("result"), body.array());
            else
                object.insert(QStringLiteral("result"), QString::fromUtf8(request.resultBody));
        }
        requests.append(object);
    }

    const QStringList keys = keyColumns(run.kind);
    QJsonArray items;
    for (const JournalItem &item : record.items) {
        const QStringList values = keyValues(run.kind, item);
        QJsonObject object{
            {QStringLiteral("item"), item.id},
            {keys.at(0), values.at(0)},
            {keys.at(1), values.at(1)},
            {QStringLiteral("name"), item.displayName},
            {QStringLiteral("state"), itemStates::name(item.state)},
            {QStringLiteral("code"), item.code},
            {QStringLiteral("remark"), item.remark},
            {QStringLiteral("request_id"), item.requestId},
            {QStringLiteral("attempts"), item.attempts},
            {QStringLiteral("approval_id"), item.approvalId},
            {QStringLiteral("effective_at"), timeOrNull(item.effectiveAt)},
            {QStringLiteral("created_at"), timeOrNull(item.createdAt)},
            {QStringLiteral("updated_at"), timeOrNull(item.updatedAt)},
            {QStringLiteral("took_effect_at"), timeOrNull(item.tookEffectAt())},
        };
        QJsonArray events;
        for (const ItemEvent &e : item.events) {
            events.append(QJsonObject{{QStringLiteral("from"), itemStates::name(e.from)},
                                      {QStringLiteral("to"), itemStates::name(e.to)},
                                      {QStringLiteral("at"), timeOrNull(e.at)},
                                      {QStringLiteral("effective_at"), timeOrNull(e.effectiveAt)},
                                      {QStringLiteral("source"), e.source}});
        }
        object.insert(QStringLiteral("events"), events);
        items.append(object);
    }

    const QJsonObject root{
        {QStringLiteral("run"), runObject},
        {QStringLiteral("totals"), totals},
        {QStringLiteral("requests"), requests},
        {QStringLiteral("items"), items},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool RunExport::write(const QByteArray &bytes, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error =
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) {
            *error =
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        }
        file.cancelWriting();
        return false;
    }
    return true;
}

bool RunExport::writeCsv(const RunRecord &run, const QString &path, bool byteOrderMark,
                         QString *error)
{
    return write(csv(run, byteOrderMark), path, error);
}

bool RunExport::writeJson(const RunRecord &run, const QString &path, QString *error)
{
    return write(json(run), path, error);
}

} // namespace dataarts
