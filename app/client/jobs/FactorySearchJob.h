#pragma once

#include "client/ApiJob.h"

#include "dto/FactoryHit.h"
#include "dto/Page.h"

namespace dataarts {

// GET /v2/{pid}/factory/search (ShowFactoryFullText, dataarts-api.md section 7.1.4): Factory
// job nodes and scripts whose text names the words, in every workspace. A hit says the text
// appears there, not that the job reads the table. result().total is total_hits.
class FactorySearchJob : public ApiJob
{
    Q_OBJECT
public:
    FactorySearchJob(Session *session, QString text, int limit = 100, QObject *parent = nullptr);

    QString text() const { return m_text; }
    const Page<FactoryHit> &result() const { return m_result; }

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &body) override;
    void resetResult() override { m_result = {}; }

private:
    QString m_text;
    int m_limit;
    Page<FactoryHit> m_result;
};

} // namespace dataarts
