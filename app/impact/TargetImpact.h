#pragma once

#include "ImpactTarget.h"

#include "client/ApiError.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dataarts {

// Something that still depends on a target (dataarts-api.md section 7).
struct ImpactFinding {
    enum class Kind {
        ApiReader,     // a DataService API reads the table
        Downstream,    // a lineage node downstream of the table (job or table)
        FactoryJob,    // a Factory job node names the table
        FactoryScript, // a Factory script names the table
        AuthorizedApp, // an app is authorized to call the API on the cluster
        RecentCalls,   // the API was called on the cluster within the window
    };
    Kind kind = Kind::ApiReader;
    QString id;
    QString name;
    QString typeName;  // Downstream: the node's catalog type
    int depth = 0;     // Downstream: hops from the table
    QDateTime expires; // AuthorizedApp: the authorization's end
    QString linkState; // AuthorizedApp: relationship_type
    qint64 count = 0;  // RecentCalls: calls in the window

    static QString kindName(Kind kind); // stable: "api_reader", "downstream", ...
};

// A read that failed, was refused or timed out: that part of the target "could not be
// checked", which is never the same answer as "no impact".
struct ImpactGap {
    enum class Read { Readers, Catalog, Lineage, Factory, Apps, Calls };
    Read read = Read::Readers;
    QString reason; // translated, with the server's code and words where there were any
    QString code;   // the service's error code, if any
    int httpStatus = 0;
    ApiError::Kind errorKind = ApiError::Kind::None; // None: nothing failed, the data lacked

    static QString readName(Read read); // stable: "readers", "catalog", ...
};

// An API x cluster's calls, per UTC day, oldest first.
struct CallSummary {
    bool known = false;
    QList<QPair<QDate, qint64>> daily;
    QList<QPair<QDate, qint64>> dailyFailed;
    qint64 calls(int lastDays) const;
    qint64 failed(int lastDays) const;
    QDate lastDayWithCalls() const;
};

// The impact of one target: what depends on it, and what could not be checked.
struct TargetImpact {
    Q_DECLARE_TR_FUNCTIONS(dataarts::TargetImpact)
public:
    enum class Verdict {
        NoImpact,      // every read succeeded and found nothing
        HasImpact,     // something depends on it (some reads may also have failed)
        Unknown,       // nothing found, but some read failed: could not be checked
        NotApplicable, // no impact reads apply to this kind of entity
    };

    ImpactTarget target;
    QList<ImpactFinding> findings;
    QList<ImpactGap> gaps;
    CallSummary calls;
    qint64 factoryHitsNotListed = 0; // Factory found more than one page shows

    Verdict verdict() const;
    bool hasImpact() const { return verdict() == Verdict::HasImpact; }
    static QString verdictName(Verdict verdict); // stable: "impact", "no_impact", ...
    static QString verdictText(Verdict verdict); // translated
    // Translated one-line summary: "2 APIs read it, 3 downstream, 1 job" / "2 apps, 1,234 calls".
    QString summary() const;
};

} // namespace dataarts
