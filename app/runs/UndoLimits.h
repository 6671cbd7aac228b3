#pragma once

#include "runmodel/RunKind.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace dataarts {

struct RunSpec;

// What could not be undone afterwards of a run about to be sent (issue 23), said before it
// is submitted: on the wizards' review pages, the approval dialogs and by `offline` and
// `api-action` on standard error. Short translated sentences, from the run's kind and
// parameters (API actions: the action), following what UndoPlan undoes:
// - batch offline: undone by a batch publish (needs an approver); entities published or
//   changed by someone else meanwhile are skipped;
// - STOP by RECOVER, RECOVER by STOP (with the usual two days' notice); pairs changed
//   meanwhile are skipped;
// - UNPUBLISH: only published again and the apps authorized now re-authorized; their static
//   parameters and pending authorizations are lost, and the apps see an interruption;
// - batch publish: not undone here (the offline wizard, with its impact check);
// - approval decisions and withdrawals: cannot be undone.
class UndoLimits
{
    Q_DECLARE_TR_FUNCTIONS(dataarts::UndoLimits)
public:
    static QStringList forRun(RunKind kind, const QJsonObject &parameters);
    static QStringList forSpec(const RunSpec &spec);
    // The sentences as one text, spaced as their language wants.
    static QString join(const QStringList &sentences);
};

} // namespace dataarts
