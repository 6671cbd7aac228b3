#include "TargetImpact.h"

#include <QLocale>

namespace dataarts {

QString ImpactFinding::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ApiReader:
        return QStringLiteral("api_reader");
    case Kind::Downstream:
        return QStringLiteral("downstream");
    case Kind::FactoryJob:
        return QStringLiteral("factory_job");
    case Kind::FactoryScript:
        return QStringLiteral("factory_script");
    case Kind::AuthorizedApp:
        return QStringLiteral("authorized_app");
    case Kind::RecentCalls:
        return QStringLiteral("recent_calls");
    }
    return {};
}

QString ImpactGap::readName(Read read)
{
    switch (read) {
    case Read::Readers:
        return QStringLiteral("readers");
    case Read::Catalog:
        return QStringLiteral("catalog");
    case Read::Lineage:
        return QStringLiteral("lineage");
    case Read::Factory:
        return QStringLiteral("factory");
    case Read::Apps:
        return QStringLiteral("apps");
    case Read::Calls:
        return QStringLiteral("calls");
    }
    return {};
}

namespace {

qint64 sumLast(const QList<QPair<QDate, qint64>> &days, int lastDays)
{
    qint64 sum = 0;
    const int from = qMax(0, int(days.size()) - lastDays);
    for (int i = from; i < days.size(); ++i)
        sum += days.at(i).second;
    return sum;
}

} // namespace

qint64 CallSummary::calls(int lastDays) const
{
    return sumLast(daily, lastDays);
}

qint64 CallSummary::failed(int lastDays) const
{
    return sumLast(dailyFailed, lastDays);
}

QDate CallSummary::lastDayWithCalls() const
{
    for (auto it = daily.crbegin(); it != daily.crend(); ++it) {
        if (it->second > 0)
            return it->first;
    }
    return {};
}

TargetImpact::Verdict TargetImpact::verdict() const
{
    if (!findings.isEmpty())
        return Verdict::HasImpact;
    if (!gaps.isEmpty())
        return Verdict::Unknown;
    if (!target.impactApplies())
        return Verdict::NotApplicable;
    return Verdict::NoImpact;
}

QString TargetImpact::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::NoImpact:
        return QStringLiteral("no_impact");
    case Verdict::HasImpact:
        return QStringLiteral("impact");
    case Verdict::Unknown:
        return QStringLiteral("unknown");
    case Verdict::NotApplicable:
        return QStringLiteral("not_applicable");
    }
    return {};
}

QString TargetImpact::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::NoImpact:
        return tr("No impact found");
    case Verdict::HasImpact:
        return tr("Has impact");
    case Verdict::Unknown:
        return tr("Impact unknown: could not be checked");
    case Verdict::NotApplicable:
        return tr("Not applicable: not a table");
    }
    return {};
}

QString TargetImpact::summary() const
{
    int readers = 0, downstream = 0, jobs = 0, scripts = 0, apps = 0;
    qint64 recent = 0;
    for (const ImpactFinding &f : findings) {
        switch (f.kind) {
        case ImpactFinding::Kind::ApiReader:
            ++readers;
            break;
        case ImpactFinding::Kind::Downstream:
            ++downstream;
            break;
        case ImpactFinding::Kind::FactoryJob:
            ++jobs;
            break;
        case ImpactFinding::Kind::FactoryScript:
            ++scripts;
            break;
        case ImpactFinding::Kind::AuthorizedApp:
            ++apps;
            break;
        case ImpactFinding::Kind::RecentCalls:
            recent += f.count;
            break;
        }
    }
    QStringList parts;
    if (readers)
        parts << tr("%n API(s) read it", nullptr, readers);
    if (downstream)
        parts << tr("%n downstream in the lineage", nullptr, downstream);
    if (jobs)
        parts << tr("%n Factory job node(s)", nullptr, jobs);
    if (scripts)
        parts << tr("%n Factory script(s)", nullptr, scripts);
    if (factoryHitsNotListed > 0)
        parts << tr("%n more Factory hit(s) not listed", nullptr, int(factoryHitsNotListed));
    if (apps)
        parts << tr("%n authorized app(s)", nullptr, apps);
    if (recent)
        parts << tr("%1 recent calls").arg(QLocale().toString(recent));
    for (const ImpactGap &g : gaps)
        parts << g.reason;
    if (parts.isEmpty())
        return verdictText(verdict());
    return parts.join(QStringLiteral("; "));
}

} // namespace dataarts
