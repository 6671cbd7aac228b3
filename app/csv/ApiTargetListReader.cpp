#include "ApiTargetListReader.h"

#include "PairListReader.h"

#include <algorithm>

namespace dataarts {

QString ApiTargetListReader::checkId(const QString &field, const QString &id)
{
    if (id.isEmpty())
        return tr("%1 is empty").arg(field);
    if (id.size() > 64)
        return tr("%1 \"%2\" is longer than 64 characters").arg(field, id);
    const bool plausible = std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
               (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
               c == QLatin1Char('_');
    });
    if (!plausible)
        return tr("%1 \"%2\" may hold only letters, digits, '-' and '_'").arg(field, id);
    return QString();
}

ApiTargetListReader::Result ApiTargetListReader::read(const QByteArray &data)
{
    const QString apiField = QStringLiteral("api_id");
    const QString instanceField = QStringLiteral("instance_id");
    const auto check = [&](QString *apiId, QString *instanceId) -> QString {
        const QString reason = checkId(apiField, *apiId);
        return reason.isEmpty() ? checkId(instanceField, *instanceId) : reason;
    };
    PairListReader::Result pairs = PairListReader::read(data, apiField, instanceField, check);
    Result result;
    result.problems = std::move(pairs.problems);
    result.targets.reserve(pairs.lines.size());
    for (PairLine &line : pairs.lines)
        result.targets.append({line.line, std::move(line.first), std::move(line.second)});
    return result;
}

} // namespace dataarts
