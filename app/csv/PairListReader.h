#pragma once

#include "InputProblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace dataarts {

// One good line of a two-column input file.
struct PairLine {
    int line = 0;
    QString first;
    QString second;
};

// The common part of the wizards' and the CLI's input files: CSV (CsvReader) with two
// columns, an optional header line naming them, fields trimmed, lines whose fields are all
// empty skipped, extra empty trailing fields tolerated, duplicates reported. Each line is
// checked by the format's own rule. Good lines come back in input order; every other
// line is reported with its number and a translated reason.
class PairListReader
{
    Q_DECLARE_TR_FUNCTIONS(PairListReader)
public:
    struct Result {
        QList<PairLine> lines;
        QList<InputProblem> problems;
    };
    // Checks (and may normalise) one line's two fields; returns the translated reason it is
    // bad, or an empty string.
    using Check = std::function<QString(QString *first, QString *second)>;

    static Result read(const QByteArray &data, const QString &firstName, const QString &secondName,
                       const Check &check);
};

} // namespace dataarts
