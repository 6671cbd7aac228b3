#include "WithdrawApprovalsJob.h"

#include "client/JobPaths.h"

#include "dto/Envelopes.h"

#include <QSet>

namespace dataarts {

using namespace jobs;

WithdrawApprovalsJob::WithdrawApprovalsJob(Session *session, QStringList ids, QObject *parent)
    : ApiJob(session, parent)
    , m_ids(std::move(ids))
{}

QString WithdrawApprovalsJob::validate() const
{
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

RequestSpec WithdrawApprovalsJob::request() const
{
    RequestSpec spec = architecture("PUT", designPath(projectId(), QStringLiteral("approvals")));
    spec.query = {{QStringLiteral("ids"), m_ids.join(QLatin1Char(','))}};
    spec.allowEmptyBody = true;
    return spec;
}

DecodeError WithdrawApprovalsJob::decode(const QByteArray &body)
{
    DecodeError error;
    if (body.trimmed().isEmpty())
        return error; // 204
    envelope::architectureValue(
        body,
        [this](JsonStream &s) {
            qint64 n = 0;
            switch (s.peek()) {
            case JsonStream::Token::Null:
                s.readNull();
                return;
            case JsonStream::Token::Number:
                if (parseInteger(s.readNumber(), &n))
                    m_withdrawn = n;
                else if (s.ok())
                    s.failShape(QStringLiteral("expected a count"));
                return;
            case JsonStream::Token::String: {
                const QString text = s.readString();
                if (parseInteger(QByteArrayView(text.toLatin1()), &n))
                    m_withdrawn = n;
                else
                    s.failShape(QStringLiteral("expected a count"));
                return;
            }
            default:
                s.failShape(QStringLiteral("expected a count"));
            }
        },
        &error);
    return error;
}

} // namespace dataarts
