#pragma once

#include "InputProblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace dataarts {

// One record of a CSV file and the line it starts on (a quoted field may span lines).
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

// An RFC 4180 reader for the files users paste or import: comma-separated, fields quoted
// with '"' (quotes doubled inside, commas and line breaks allowed), CRLF, LF or CR line
// ends, a UTF-8 byte order mark skipped, UTF-16 with a byte order mark decoded, empty
// lines skipped. Fields are returned exactly as written (no trimming). A malformed record
// is reported with its line and reason and reading goes on with the next line; nothing is
// dropped without a report.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    struct Result {
        QList<CsvRecord> records;
        QList<InputProblem> problems;
    };

    static Result read(const QByteArray &data);
};

} // namespace dataarts
