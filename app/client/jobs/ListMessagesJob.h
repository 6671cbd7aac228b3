#pragma once

#include "client/ListJob.h"

#include "dto/ApplyRecord.h"
#include "dto/Page.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace dataarts {

// GET /v1/{pid}/service/messages: the review center's notification messages (ListMessage,
// dataarts-api.md section 5b.1). Its offset quirk (offset >= total answers the first page again) is
// why Pager stops at total.
class ListMessagesJob : public ListJob
{
    Q_OBJECT
public:
    struct Filter {
        QString apiName;
    };

    explicit ListMessagesJob(Session *session, QObject *parent = nullptr);
    ListMessagesJob(Session *session, Filter filter, QObject *parent = nullptr);

    Filter &filter() { return m_filter; }
    const Filter &filter() const { return m_filter; }

    const Page<ApplyRecord> &result() const { return m_result; }
    qint64 total() const override { return m_result.total; }
    int recordCount() const override { return int(m_result.records.size()); }

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &body) override;
    void resetResult() override { m_result = {}; }

private:
    Filter m_filter;
    Page<ApplyRecord> m_result;
};

} // namespace dataarts
