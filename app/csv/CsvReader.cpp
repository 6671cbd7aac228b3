#include "CsvReader.h"

#include <QLocale>
#include <QStringDecoder>

#include <algorithm>

namespace dataarts {

namespace {

// Bytes of UTF-16 input (recognised by its byte order mark) as UTF-8; other input as is,
// without a UTF-8 byte order mark.
QByteArray asUtf8(const QByteArray &data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        return data.mid(3);
    const bool le = data.startsWith("\xFF\xFE");
    const bool be = data.startsWith("\xFE\xFF");
    if (!le && !be)
        return data;
    QStringDecoder decoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
    const QString text = decoder.decode(data.mid(2));
    return text.toUtf8();
}

class Parser
{
public:
    explicit Parser(const QByteArray &bytes)
        : m_data(bytes)
        , m_size(bytes.size())
        , m_decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless)
    {}

    CsvReader::Result run()
    {
        while (m_pos < m_size) {
            if (atLineEnd()) { // an empty line
                consumeLineEnd();
                continue;
            }
            if (!readRecord())
                break;
        }
        return std::move(m_result);
    }

private:
    bool atLineEnd() const { return m_data[m_pos] == '\n' || m_data[m_pos] == '\r'; }

    void consumeLineEnd()
    {
        if (m_data[m_pos] == '\r' && m_pos + 1 < m_size && m_data[m_pos + 1] == '\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    void skipToNextLine()
    {
        while (m_pos < m_size && !atLineEnd())
            ++m_pos;
        if (m_pos < m_size)
            consumeLineEnd();
    }

    // The number of the input's last line (a final line break does not start a new one).
    int lastLine(int atLeast) const
    {
        const bool endsWithBreak =
            m_size > 0 && (m_data[m_size - 1] == '\n' || m_data[m_size - 1] == '\r');
        return std::max(atLeast, endsWithBreak ? m_line - 1 : m_line);
    }

    void problem(int line, const QString &reason) { m_result.problems.append({line, reason}); }

    // Reads one record starting at m_pos; false when the rest of the input cannot be read.
    bool readRecord()
    {
        const int recordLine = m_line;
        QList<QByteArray> fields;
        for (;;) {
            const int fieldNumber = int(fields.size()) + 1;
            QByteArray field;
            if (m_data[m_pos] == '"') {
                if (!readQuoted(&field)) {
                    problem(recordLine,
                            CsvReader::tr("a quoted field opened on this line is never closed, "
                                          "so lines %1 to %2 could not be read")
                                .arg(QLocale().toString(recordLine),
                                     QLocale().toString(lastLine(recordLine))));
                    return false;
                }
                if (m_pos < m_size && m_data[m_pos] != ',' && !atLineEnd()) {
                    problem(recordLine, CsvReader::tr("field %1 has text after its closing quote")
                                            .arg(QLocale().toString(fieldNumber)));
                    skipToNextLine();
                    return true;
                }
            } else {
                const qsizetype start = m_pos;
                while (m_pos < m_size && m_data[m_pos] != ',' && !atLineEnd())
                    ++m_pos;
                field = m_data.mid(start, m_pos - start);
                if (field.contains('"')) {
                    problem(recordLine,
                            CsvReader::tr("field %1 contains a quote but is not quoted (quote the "
                                          "whole field and double the quote)")
                                .arg(QLocale().toString(fieldNumber)));
                    skipToNextLine();
                    return true;
                }
            }
            fields.append(field);
            if (m_pos < m_size && m_data[m_pos] == ',') {
                ++m_pos;
                if (m_pos >= m_size || atLineEnd()) { // a trailing comma: one more empty field
                    fields.append(QByteArray());
                    break;
                }
                continue;
            }
            break;
        }
        if (m_pos < m_size)
            consumeLineEnd();

        CsvRecord record;
        record.line = recordLine;
        record.fields.reserve(fields.size());
        for (const QByteArray &bytes : std::as_const(fields)) {
            m_decoder.resetState();
            QString text = m_decoder.decode(bytes);
            if (m_decoder.hasError()) {
                problem(recordLine, CsvReader::tr("the line is not valid UTF-8 text (save the "
                                                  "file as UTF-8 CSV)"));
                return true;
            }
            record.fields.append(std::move(text));
        }
        m_result.records.append(std::move(record));
        return true;
    }

    // At an opening quote: reads to the closing quote (doubled quotes are one quote, line
    // breaks are part of the field). False when the input ends first.
    bool readQuoted(QByteArray *field)
    {
        ++m_pos;
        for (;;) {
            const qsizetype quote = m_data.indexOf('"', m_pos);
            const qsizetype end = quote < 0 ? m_size : quote;
            for (qsizetype i = m_pos; i < end; ++i) { // count the lines inside the field
                if (m_data[i] == '\n' ||
                    (m_data[i] == '\r' && (i + 1 >= m_size || m_data[i + 1] != '\n')))
                    ++m_line;
            }
            field->append(m_data.constData() + m_pos, end - m_pos);
            if (quote < 0) {
                m_pos = m_size;
                return false;
            }
            m_pos = quote + 1;
            if (m_pos < m_size && m_data[m_pos] == '"') {
                field->append('"');
                ++m_pos;
                continue;
            }
            return true;
        }
    }

    const QByteArray &m_data;
    const qsizetype m_size;
    qsizetype m_pos = 0;
    int m_line = 1;
    QStringDecoder m_decoder;
    CsvReader::Result m_result;
};

} // namespace

CsvReader::Result CsvReader::read(const QByteArray &data)
{
    const QByteArray bytes = asUtf8(data);
    return Parser(bytes).run();
}

} // namespace dataarts
