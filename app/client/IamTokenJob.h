#pragma once

#include "ApiJob.h"

#include "dto/IamToken.h"

namespace dataarts {

// POST {iam}/v3/auth/tokens?nocatalog=true with the password method (dataarts-api.md
// section 5.3): the profile's user, account (domain) and password, scoped to the project
// (its id, else the region's project by name). The token comes back in X-Subject-Token.
// Used by IamTokenProvider; the body holds the password and is never logged unredacted.
class IamTokenJob : public ApiJob
{
    Q_OBJECT
public:
    explicit IamTokenJob(Session *session, QObject *parent = nullptr);

    const IamToken &result() const { return m_result; }

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &body) override;
    void resetResult() override { m_result = IamToken(); }

private:
    IamToken m_result;
};

} // namespace dataarts
