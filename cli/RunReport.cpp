#include "RunReport.h"

#include "Command.h"

#include "journal/RunExport.h"
#include "runs/UndoLinks.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>

namespace dataarts::cli {

namespace {

bool bizKeyed(RunKind kind)
{
    return kind == RunKind::BatchOffline || kind == RunKind::BatchPublish;
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(RunExport::timeText(time)) : QJsonValue();
}

} // namespace

QString RunReport::keyText(RunKind kind, const JournalItem &item)
{
    if (bizKeyed(kind))
        return item.keyPart + QLatin1Char(':') + item.keyId;
    if (kind == RunKind::ApiAction || kind == RunKind::ApiRepublish)
        return item.keyId + QLatin1Char('@') + item.keyPart;
    return item.keyId;
}

QString RunReport::statusName(RunStatus status)
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

QJsonObject RunReport::jsonObject(const RunRecord &record)
{
    const RunSummary &run = record.run;
    const QStringList keys = RunExport::keyColumns(run.kind);
    QJsonArray items;
    for (const JournalItem &item : record.items) {
        const QString first = bizKeyed(run.kind) ? item.keyPart : item.keyId;
        const QString second = bizKeyed(run.kind) ? item.keyId : item.keyPart;
        QJsonObject object{
            {QStringLiteral("key"), keyText(run.kind, item)},
            {QStringLiteral("name"), item.displayName},
            {keys.at(0), first},
            {QStringLiteral("state"), itemStates::name(item.state)},
            {QStringLiteral("code"), item.code},
            {QStringLiteral("remark"), item.remark},
            {QStringLiteral("request_id"), item.requestId},
            {QStringLiteral("attempts"), item.attempts},
            {QStringLiteral("approval_id"), item.approvalId},
            {QStringLiteral("effective_at"), timeOrNull(item.effectiveAt)},
            {QStringLiteral("took_effect_at"), timeOrNull(item.tookEffectAt())},
        };
        if (!second.isEmpty() || bizKeyed(run.kind) || run.kind == RunKind::ApiAction ||
            run.kind == RunKind::ApiRepublish)
            object.insert(keys.at(1), second);
        items.append(object);
    }
    QJsonArray undoneBy;
    for (const qint64 id : run.undoneBy)
        undoneBy.append(id);
    const QJsonObject totals{
        {QStringLiteral("total"), run.total},
        {QStringLiteral("success"), run.count(ItemState::Success)},
        {QStringLiteral("failed"), run.count(ItemState::Failed)},
        {QStringLiteral("pending_approval"), run.count(ItemState::PendingApproval)},
        {QStringLiteral("scheduled"), run.count(ItemState::Scheduled)},
        {QStringLiteral("unknown"), run.count(ItemState::Unknown)},
        {QStringLiteral("cancelled"), run.count(ItemState::Cancelled)},
        {QStringLiteral("queued"), run.count(ItemState::Queued)},
        {QStringLiteral("sending"), run.count(ItemState::Sending)},
    };
    return QJsonObject{
        {QStringLiteral("run_id"), run.id},
        {QStringLiteral("kind"), runKinds::name(run.kind)},
        {QStringLiteral("status"), statusName(run.status())},
        {QStringLiteral("profile"), run.profileName},
        {QStringLiteral("created_at"), timeOrNull(run.createdAt)},
        {QStringLiteral("finished_at"), timeOrNull(run.finishedAt)},
        {QStringLiteral("undo_of"), run.undoOf > 0 ? QJsonValue(run.undoOf) : QJsonValue()},
        {QStringLiteral("undone_by"), undoneBy},
        {QStringLiteral("items"), items},
        {QStringLiteral("totals"), totals},
    };
}

QByteArray RunReport::json(const RunRecord &record)
{
    return QJsonDocument(jsonObject(record)).toJson(QJsonDocument::Indented);
}

QString RunReport::totalsLine(const RunSummary &run)
{
    const QLocale locale;
    return tr("Run %1 (%2): %n item(s); success %3, failed %4, pending approval %5, scheduled "
              "%6, unknown %7, cancelled %8, not done %9.",
              nullptr, run.total)
        .arg(QString::number(run.id), statusName(run.status()),
             locale.toString(run.count(ItemState::Success)),
             locale.toString(run.count(ItemState::Failed)),
             locale.toString(run.count(ItemState::PendingApproval)),
             locale.toString(run.count(ItemState::Scheduled)),
             locale.toString(run.count(ItemState::Unknown)),
             locale.toString(run.count(ItemState::Cancelled)),
             locale.toString(run.count(ItemState::Queued) + run.count(ItemState::Sending)));
}

QByteArray RunReport::table(const RunRecord &record, int maxWidth)
{
    const RunKind kind = record.run.kind;
    // The names the journal kept (runs made in the window) beside the ids.
    const bool named = std::any_of(record.items.cbegin(), record.items.cend(),
                                   [](const JournalItem &i) { return !i.displayName.isEmpty(); });
    QList<Column> columns{{QStringLiteral("key"), tr("ITEM")},
                          {QStringLiteral("state"), tr("STATE")},
                          {QStringLiteral("code"), tr("CODE")},
                          {QStringLiteral("remark"), tr("REMARK")},
                          {QStringLiteral("request_id"), tr("REQUEST ID")}};
    QList<QStringList> rows;
    rows.reserve(record.items.size());
    for (const JournalItem &item : record.items) {
        QString remark = item.remark;
        if (item.state == ItemState::Scheduled && item.effectiveAt.isValid())
            remark = tr("takes effect at %1").arg(RunExport::timeText(item.effectiveAt)) +
                     (remark.isEmpty() ? QString() : QStringLiteral("; ") + remark);
        rows.append(
            {keyText(kind, item), itemStates::name(item.state), item.code, remark, item.requestId});
        if (named)
            rows.last().insert(1, item.displayName);
    }
    if (named)
        columns.insert(1, {QStringLiteral("name"), tr("NAME")});
    QByteArray links;
    for (const QString &link : UndoLinks::texts(record.run))
        links += link.toUtf8() + '\n';
    return OutputFormatter::table(columns, rows, maxWidth) + '\n' +
           totalsLine(record.run).toUtf8() + '\n' + links;
}

QByteArray RunReport::format(OutputFormat format, const RunRecord &record, int maxWidth)
{
    switch (format) {
    case OutputFormat::Table:
        return table(record, maxWidth);
    case OutputFormat::Csv:
        return RunExport::csv(record);
    case OutputFormat::Json:
        return json(record);
    }
    return {};
}

void RunReport::print(OutputFormat format, const RunRecord &record)
{
    out().flush();
    const QByteArray bytes = RunReport::format(format, record, OutputFormatter::terminalWidth());
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace dataarts::cli
