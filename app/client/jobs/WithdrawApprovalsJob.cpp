#include "WithdrawApprovalsJob.h"

#include "client/JobPaths.h"

#include "dto/Envelopes.h"
#include "dto/JsonReader.h"

#include <QSet>

namespace dataarts {

using namespace jobs;

WithdrawApprovalsJob::WithdrawApprovalsJob(Session *session, QStringList ids, QObject *parent)
    : ApiJob(session, parent)
    , m_ids(std::move(ids)) {
}

QString WithdrawApprovalsJob::validate() const {
    if (m_ids.isEmpty())
        return tr("Select at least one approval.");
    for (const QString &id : m_ids) {
        if (id.isEmpty() || id.contains(QLatin1Char(',')) || id.trimmed() != id)
            return tr("The approval id “%1” is not valid.").arg(id);
    }
    if (QSet<QString>(m_ids.begin(), m_ids.end()).size() != m_ids.size())
        return tr("An approval is listed twice.");
    return {};
}

RequestSpec WithdrawApprovalsJob::request() const {
    RequestSpec spec = architecture("PUT", designPath(projectId(), QStringLiteral("approvals")));
    spec.query = {{QStringLiteral("ids"), m_ids.join(QLatin1Char(','))}};
    spec.allowEmptyBody = true;
    return spec;
}

DecodeError WithdrawApprovalsJob::decode(const QJsonDocument &json) {
    DecodeError error;
    if (json.isNull())
        return error;
    QJsonValue value;
    if (!envelope::architectureValue(json, &value, &error))
        return error;
    qint64 n = 0;
    if (JsonReader::integerFromValue(value, &n))
        m_withdrawn = n;
    else if (!value.isNull())
        error = DecodeError{QStringLiteral("data.value"), QStringLiteral("expected a count")};
    return error;
}

} // namespace dataarts
