#pragma once

#include <QByteArray>
#include <QStringList>

namespace dataarts {

// Writes RFC 4180 CSV as UTF-8: records end with CRLF, a field holding a comma, a quote, a
// CR or an LF is quoted and its quotes doubled, every other field is written as is.
class CsvWriter
{
public:
    // The UTF-8 byte order mark some spreadsheets need to read UTF-8.
    static QByteArray byteOrderMark();
    static QByteArray field(const QString &text);
    // The fields joined with commas, followed by CRLF.
    static QByteArray record(const QStringList &fields);
};

} // namespace dataarts
