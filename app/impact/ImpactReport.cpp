#include "ImpactReport.h"

#include "csv/CsvWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dataarts {

namespace {

QString dateText(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject findingJson(const ImpactFinding &f)
{
    QJsonObject o{{QStringLiteral("kind"), ImpactFinding::kindName(f.kind)},
                  {QStringLiteral("id"), f.id},
                  {QStringLiteral("name"), f.name}};
    switch (f.kind) {
    case ImpactFinding::Kind::Downstream:
        o.insert(QStringLiteral("type_name"), f.typeName);
        o.insert(QStringLiteral("depth"), f.depth);
        break;
    case ImpactFinding::Kind::AuthorizedApp:
        o.insert(QStringLiteral("expires_at"), timeText(f.expires));
        o.insert(QStringLiteral("link_state"), f.linkState);
        break;
    case ImpactFinding::Kind::RecentCalls:
        o.insert(QStringLiteral("calls"), QString::number(f.count));
        break;
    default:
        break;
    }
    return o;
}

QString findingDetail(const ImpactFinding &f)
{
    switch (f.kind) {
    case ImpactFinding::Kind::Downstream:
        return TargetImpact::tr("%1, %n hop(s) downstream", nullptr, f.depth).arg(f.typeName);
    case ImpactFinding::Kind::AuthorizedApp:
        return f.linkState +
               (f.expires.isValid()
                    ? TargetImpact::tr(", authorized until %1").arg(timeText(f.expires))
                    : QString());
    case ImpactFinding::Kind::RecentCalls:
        return QString::number(f.count);
    default:
        return {};
    }
}

QJsonObject targetJson(const TargetImpact &t, int days)
{
    const ImpactTarget &g = t.target;
    QJsonObject o{{QStringLiteral("key"), g.key()},
                  {QStringLiteral("kind"),
                   g.isEntity() ? QStringLiteral("entity") : QStringLiteral("api_cluster")},
                  {QStringLiteral("verdict"), TargetImpact::verdictName(t.verdict())},
                  {QStringLiteral("summary"), t.summary()}};
    if (g.isEntity()) {
        o.insert(QStringLiteral("biz_type"), g.bizType);
        o.insert(QStringLiteral("biz_id"), g.bizId);
        o.insert(QStringLiteral("name"), g.name);
        o.insert(QStringLiteral("code"), g.code);
        o.insert(QStringLiteral("database"), g.database);
    } else {
        o.insert(QStringLiteral("api_id"), g.apiId);
        o.insert(QStringLiteral("api_name"), g.apiName);
        o.insert(QStringLiteral("instance_id"), g.instanceId);
        o.insert(QStringLiteral("instance_name"), g.instanceName);
    }
    QJsonArray findings;
    for (const ImpactFinding &f : t.findings)
        findings.append(findingJson(f));
    o.insert(QStringLiteral("findings"), findings);
    QJsonArray gaps;
    for (const ImpactGap &gap : t.gaps) {
        gaps.append(QJsonObject{{QStringLiteral("read"), ImpactGap::readName(gap.read)},
                                {QStringLiteral("reason"), gap.reason},
                                {QStringLiteral("code"), gap.code},
                                {QStringLiteral("http_status"), gap.httpStatus}});
    }
    o.insert(QStringLiteral("unknown"), gaps);
    if (t.factoryHitsNotListed > 0)
        o.insert(QStringLiteral("factory_hits_not_listed"),
                 QString::number(t.factoryHitsNotListed));
    if (!g.isEntity() && t.calls.known) {
        QJsonArray daily;
        for (int i = 0; i < t.calls.daily.size(); ++i) {
            daily.append(QJsonObject{
                {QStringLiteral("day"), dateText(t.calls.daily.at(i).first)},
                {QStringLiteral("calls"), QString::number(t.calls.daily.at(i).second)},
                {QStringLiteral("failed"), QString::number(t.calls.dailyFailed.value(i).second)}});
        }
        o.insert(QStringLiteral("calls"),
                 QJsonObject{
                     {QStringLiteral("window_days"), days},
                     {QStringLiteral("last_7_days"), QString::number(t.calls.calls(7))},
                     {QStringLiteral("failed_7_days"), QString::number(t.calls.failed(7))},
                     {QStringLiteral("last_30_days"), QString::number(t.calls.calls(30))},
                     {QStringLiteral("failed_30_days"), QString::number(t.calls.failed(30))},
                     {QStringLiteral("last_day_with_calls"), dateText(t.calls.lastDayWithCalls())},
                     {QStringLiteral("daily"), daily}});
    }
    return o;
}

} // namespace

int ImpactReport::count(TargetImpact::Verdict verdict) const
{
    int n = 0;
    for (const TargetImpact &t : targets)
        n += t.verdict() == verdict ? 1 : 0;
    return n;
}

QByteArray ImpactReport::json() const
{
    QJsonArray list;
    for (const TargetImpact &t : targets)
        list.append(targetJson(t, days));
    using V = TargetImpact::Verdict;
    const QJsonObject totals{{QStringLiteral("targets"), int(targets.size())},
                             {QStringLiteral("impact"), count(V::HasImpact)},
                             {QStringLiteral("no_impact"), count(V::NoImpact)},
                             {QStringLiteral("unknown"), count(V::Unknown)},
                             {QStringLiteral("not_applicable"), count(V::NotApplicable)}};
    const QJsonObject doc{{QStringLiteral("days"), days},
                          {QStringLiteral("depth"), depth},
                          {QStringLiteral("targets"), list},
                          {QStringLiteral("totals"), totals}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QStringList ImpactReport::csvHeader()
{
    return {QStringLiteral("target"), QStringLiteral("target_name"), QStringLiteral("verdict"),
            QStringLiteral("what"),   QStringLiteral("id"),          QStringLiteral("name"),
            QStringLiteral("detail")};
}

QByteArray ImpactReport::csv(bool byteOrderMark) const
{
    QByteArray out = byteOrderMark ? CsvWriter::byteOrderMark() : QByteArray();
    out += CsvWriter::record(csvHeader());
    for (const TargetImpact &t : targets) {
        const QString key = t.target.key();
        const QString name = t.target.displayName();
        const QString verdict = TargetImpact::verdictName(t.verdict());
        for (const ImpactFinding &f : t.findings) {
            out += CsvWriter::record({key, name, verdict, ImpactFinding::kindName(f.kind), f.id,
                                      f.name, findingDetail(f)});
        }
        for (const ImpactGap &g : t.gaps) {
            out += CsvWriter::record({key, name, verdict,
                                      QStringLiteral("unknown:") + ImpactGap::readName(g.read),
                                      g.code, QString(), g.reason});
        }
        if (t.findings.isEmpty() && t.gaps.isEmpty())
            out += CsvWriter::record({key, name, verdict, QString(), QString(), QString(),
                                      TargetImpact::verdictText(t.verdict())});
    }
    return out;
}

} // namespace dataarts
