#pragma once

#include "TargetImpact.h"

#include <QByteArray>
#include <QList>

namespace dataarts {

// An impact check's results as a document: exported by the wizards' Impact page and the
// "Impact…" action, and printed by `dataarts-desk-cli impact`. Ids keep every digit; names
// stand beside them; "no impact" and "could not be checked" are separate verdicts.
struct ImpactReport {
    QList<TargetImpact> targets;
    int days = 7;
    int depth = 3;

    int count(TargetImpact::Verdict verdict) const;

    // {"days", "depth", "targets": [{"key", "kind", names and ids, "verdict", "summary",
    // "findings": [...], "unknown": [{"read", "reason", "code", "http_status"}],
    // "calls": {...}}], "totals": {...}}
    QByteArray json() const;
    // One row per finding and per read that could not be made (a target with neither has
    // one row with its verdict): target, its name, verdict, what, id, name, detail.
    QByteArray csv(bool byteOrderMark = false) const;
    static QStringList csvHeader();
};

} // namespace dataarts
