#pragma once

#include <QJsonObject>
#include <QString>

namespace dataarts {

struct ConnectionSettings;

// Helpers for NewRun::parameters, which the journal keeps for as long as the run and
// which must never hold a secret.
namespace runParameters {

// The non-secret facts of a connection worth keeping with a run: endpoint (without any
// user info), region, project, instance, workspace, DataService edition, auth method and
// the IAM user name. Never a key, a password, a token or proxy credentials.
QJsonObject connectionFacts(const ConnectionSettings &settings);

// The path ("a.b[2].c") of the first field whose name looks like a secret (secret, sk,
// ak, access key, password, token, authorization, credential, ...), or an empty string.
QString secretLikeField(const QJsonObject &parameters);

// The parameter an undo run carries: the id of the run it undoes (issue 23). UndoPlan
// writes it; the journal reads it back as RunSummary::undoOf and undoneBy.
inline QLatin1String undoOfKey()
{
    return QLatin1String("undo_of");
}

} // namespace runParameters
} // namespace dataarts
