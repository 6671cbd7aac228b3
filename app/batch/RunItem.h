#pragma once

#include "runmodel/ItemState.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace dataarts {

// One item of a run as the engine sees it: the journal's id and the thing it acts on
// (see RunSpec for what keyId and keyPart hold per kind).
struct RunItem {
    qint64 id = 0;
    QString keyId;
    QString keyPart;
    QString displayName;
};

// An item to reconcile (UNKNOWN) or to follow up (PENDING_APPROVAL, SCHEDULED), with what
// the journal knows of it and of the last request that carried it.
struct ReconcileItem {
    RunItem item;
    ItemState state = ItemState::Unknown;
    QString code;   // recorded with the state (e.g. DLM.4182)
    QString remark; // recorded with the state, verbatim
    QString approvalId;
    QDateTime effectiveAt;
    int attempts = 0;      // requests that carried it
    int httpStatus = 0;    // of the last request; 0: no HTTP answer
    QByteArray resultBody; // of the last request (e.g. the batch's groups)
};

} // namespace dataarts
