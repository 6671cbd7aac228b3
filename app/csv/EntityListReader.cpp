#include "EntityListReader.h"

#include "PairListReader.h"
#include "dto/BizType.h"

#include <QRegularExpression>

#include <algorithm>

namespace dataarts {

QString EntityListReader::checkBizId(const QString &bizId)
{
    if (bizId.isEmpty())
        return tr("biz_id is empty");
    static const QRegularExpression scientific(
        QStringLiteral("^[0-9]+([.,][0-9]+)?[eE][+]?[0-9]+$"));
    if (scientific.match(bizId).hasMatch()) {
        return tr("biz_id \"%1\" is a number a spreadsheet has rounded; format the column as "
                  "text and export again")
            .arg(bizId);
    }
    const bool digits = std::all_of(bizId.cbegin(), bizId.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    if (!digits)
        return tr("biz_id \"%1\" must contain digits only").arg(bizId);
    if (bizId.size() > 1 && bizId.front() == QLatin1Char('0'))
        return tr("biz_id \"%1\" starts with a zero").arg(bizId);
    // DataArts ids are signed 64-bit numbers: 9223372036854775807 at most.
    bool fits = false;
    bizId.toLongLong(&fits);
    if (bizId.size() > 19 || !fits)
        return tr("biz_id \"%1\" is outside the range of DataArts ids (at most "
                  "9223372036854775807)")
            .arg(bizId);
    return QString();
}

EntityListReader::Result EntityListReader::read(const QByteArray &data)
{
    const auto check = [](QString *bizType, QString *bizId) -> QString {
        if (bizType->isEmpty())
            return tr("biz_type is empty");
        const QString upper = bizType->toUpper();
        if (!bizTypes::isKnown(upper))
            return tr("unknown biz_type \"%1\"").arg(*bizType);
        *bizType = upper;
        return checkBizId(*bizId);
    };
    PairListReader::Result pairs =
        PairListReader::read(data, QStringLiteral("biz_type"), QStringLiteral("biz_id"), check);
    Result result;
    result.problems = std::move(pairs.problems);
    result.entities.reserve(pairs.lines.size());
    for (PairLine &line : pairs.lines)
        result.entities.append({line.line, std::move(line.first), std::move(line.second)});
    return result;
}

} // namespace dataarts
