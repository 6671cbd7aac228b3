#pragma once

#include "InputProblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dataarts {

// One API x cluster pair named by an input line.
struct ApiTargetLine {
    int line = 0;
    QString apiId;
    QString instanceId; // the exclusive cluster
};

// Reads the `api_id,instance_id` input of the API-action wizard and `api-action --input`
// (header line optional). Both ids must be present and plausible: 1 to 64 letters,
// digits, '-' or '_'.
class ApiTargetListReader
{
    Q_DECLARE_TR_FUNCTIONS(ApiTargetListReader)
public:
    struct Result {
        QList<ApiTargetLine> targets;
        QList<InputProblem> problems;
    };

    static Result read(const QByteArray &data);
    // The reason an api_id or instance_id (named by field) is not acceptable, or "".
    static QString checkId(const QString &field, const QString &id);
};

} // namespace dataarts
