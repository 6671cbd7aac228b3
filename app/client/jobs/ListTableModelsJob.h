#pragma once

#include "client/ListJob.h"

#include "dto/Page.h"
#include "dto/TableModel.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace dataarts {

// GET /v2/{pid}/design/table-model: the logical entities and physical tables of one relational
// model (dataarts-api.md section 3).
class ListTableModelsJob : public ListJob
{
    Q_OBJECT
public:
    struct Filter {
        QString modelId; // required
        QString name;
        QString createBy;
        QString approver;
        QString status; // a BizStatus name
        QString syncStatus;
        QStringList syncKeys;
        QString bizCatalogId;
        QDateTime beginTime;
        QDateTime endTime;
    };

    explicit ListTableModelsJob(Session *session, QObject *parent = nullptr);
    ListTableModelsJob(Session *session, Filter filter, QObject *parent = nullptr);

    Filter &filter() { return m_filter; }
    const Filter &filter() const { return m_filter; }

    const Page<TableModel> &result() const { return m_result; }
    qint64 total() const override { return m_result.total; }
    int recordCount() const override { return int(m_result.records.size()); }

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &body) override;
    void resetResult() override { m_result = {}; }

private:
    Filter m_filter;
    Page<TableModel> m_result;
};

} // namespace dataarts
