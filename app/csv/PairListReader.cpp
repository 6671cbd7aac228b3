#include "PairListReader.h"

#include "CsvReader.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace dataarts {

namespace {

bool allEmpty(const QStringList &fields, qsizetype from)
{
    return std::all_of(fields.cbegin() + from, fields.cend(),
                       [](const QString &f) { return f.trimmed().isEmpty(); });
}

} // namespace

PairListReader::Result PairListReader::read(const QByteArray &data, const QString &firstName,
                                            const QString &secondName, const Check &check)
{
    CsvReader::Result csv = CsvReader::read(data);
    Result result;
    result.problems = std::move(csv.problems);
    result.lines.reserve(csv.records.size());

    QHash<QString, int> seen; // "first\nsecond" -> line of its first occurrence
    bool first = true;
    for (const CsvRecord &record : std::as_const(csv.records)) {
        const QStringList &fields = record.fields;
        if (allEmpty(fields, 0))
            continue;
        const bool isFirst = first;
        first = false;

        if (fields.size() < 2 || !allEmpty(fields, 2)) {
            const int count = int(fields.size());
            result.problems.append(
                {record.line, tr("expected 2 fields (%1,%2) but found %n", nullptr, count)
                                  .arg(firstName, secondName)});
            continue;
        }
        QString a = fields.at(0).trimmed();
        QString b = fields.at(1).trimmed();
        if (isFirst && a.compare(firstName, Qt::CaseInsensitive) == 0 &&
            b.compare(secondName, Qt::CaseInsensitive) == 0) {
            continue; // the header line
        }
        const QString reason = check(&a, &b);
        if (!reason.isEmpty()) {
            result.problems.append({record.line, reason});
            continue;
        }
        const QString key = a + QLatin1Char('\n') + b;
        const auto it = seen.constFind(key);
        if (it != seen.cend()) {
            result.problems.append(
                {record.line,
                 tr("repeats line %1 (%2,%3)").arg(QLocale().toString(it.value()), a, b), true});
            continue;
        }
        seen.insert(key, record.line);
        result.lines.append({record.line, std::move(a), std::move(b)});
    }
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const InputProblem &x, const InputProblem &y) { return x.line < y.line; });
    return result;
}

} // namespace dataarts
