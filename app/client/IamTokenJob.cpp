#include "IamTokenJob.h"

#include "Session.h"

#include "dto/Envelopes.h"
#include "dto/JsonWriter.h"

namespace dataarts {

IamTokenJob::IamTokenJob(Session *session, QObject *parent)
    : ApiJob(session, parent)
{}

QString IamTokenJob::validate() const
{
    const ConnectionSettings &s = session()->settings();
    if (s.iamUserName.isEmpty() || s.iamPassword.isEmpty())
        return tr("The IAM user name or password is missing.");
    if (s.iamAccountName.isEmpty())
        return tr("The account (domain) name is missing.");
    return {};
}

RequestSpec IamTokenJob::request() const
{
    const ConnectionSettings &s = session()->settings();
    JsonWriter w;
    w.beginObject().key("auth").beginObject();
    w.key("identity").beginObject();
    w.key("methods").beginArray().value(QStringLiteral("password")).endArray();
    w.key("password").beginObject().key("user").beginObject();
    w.field("name", s.iamUserName);
    w.field("password", QString::fromUtf8(s.iamPassword));
    w.key("domain").beginObject().field("name", s.iamAccountName).endObject();
    w.endObject().endObject(); // user, password
    w.endObject();             // identity
    w.key("scope").beginObject();
    if (!s.projectId.isEmpty())
        w.key("project").beginObject().field("id", s.projectId).endObject();
    else if (!s.region.isEmpty())
        w.key("project").beginObject().field("name", s.region).endObject();
    else
        w.key("domain").beginObject().field("name", s.iamAccountName).endObject();
    w.endObject(); // scope
    w.endObject().endObject();

    RequestSpec spec;
    spec.method = "POST";
    spec.base = RequestSpec::Base::Iam;
    spec.service = Service::Iam;
    spec.path = QStringLiteral("/v3/auth/tokens");
    spec.query = {{QStringLiteral("nocatalog"), QStringLiteral("true")}};
    spec.body = w.take();
    spec.contentType = contentTypes::iam();
    spec.headers = RequestSpec::Headers::None;
    spec.authenticate = false;
    spec.idempotent = true; // a second token does no harm
    return spec;
}

DecodeError IamTokenJob::decode(const QByteArray &body)
{
    DecodeError error;
    const QByteArray token = responseHeader("x-subject-token");
    if (token.isEmpty()) {
        error.problem = DecodeError::Problem::Shape;
        error.path = QStringLiteral("X-Subject-Token");
        error.reason = QStringLiteral("the token header is missing");
        return error;
    }
    if (envelope::documentOf(body, &m_result, &error))
        m_result.token = token;
    return error;
}

} // namespace dataarts
