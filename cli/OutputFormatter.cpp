#include "OutputFormatter.h"

#include "Command.h"
#include "Terminal.h"

#include "csv/CsvWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace dataarts::cli {

namespace {

constexpr int kGap = 2;
constexpr int kMinColumn = 6;

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

int charWidth(char32_t c)
{
    if (c < 0x20)
        return 0;
    const QChar::Category category = QChar::category(c);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
        return 0;
    return isWide(c) ? 2 : 1;
}

// Ids are never shortened: every digit counts.
bool keepsWidth(const Column &column)
{
    return column.key == QLatin1String("id") || column.key.endsWith(QLatin1String("_id")) ||
           column.key == QLatin1String("key");
}

QString pad(const QString &text, int width)
{
    const int missing = width - OutputFormatter::displayWidth(text);
    return missing > 0 ? text + QString(missing, QLatin1Char(' ')) : text;
}

} // namespace

QCommandLineOption OutputFormatter::option()
{
    return QCommandLineOption(QStringLiteral("format"),
                              tr("Output format: table (default), csv or json."), tr("FORMAT"),
                              QStringLiteral("table"));
}

std::optional<OutputFormat> OutputFormatter::parse(const QString &name)
{
    if (name == QLatin1String("table"))
        return OutputFormat::Table;
    if (name == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (name == QLatin1String("json"))
        return OutputFormat::Json;
    err() << tr("Unknown format \"%1\": use table, csv or json.").arg(name) << Qt::endl;
    return std::nullopt;
}

int OutputFormatter::displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += charWidth(c);
    return width;
}

QString OutputFormatter::elide(const QString &text, int width)
{
    if (displayWidth(text) <= width)
        return text;
    QString cut;
    int used = 0;
    for (const char32_t c : text.toUcs4()) {
        const int w = charWidth(c);
        if (used + w > width - 1)
            break;
        cut += QString::fromUcs4(&c, 1);
        used += w;
    }
    return cut + QStringLiteral("…");
}

QByteArray OutputFormatter::table(const QList<Column> &columns, const QList<QStringList> &rows,
                                  int maxWidth)
{
    const qsizetype n = columns.size();
    QList<int> widths(n, 0);
    for (qsizetype i = 0; i < n; ++i)
        widths[i] = displayWidth(columns.at(i).title);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < n && i < row.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
    }
    if (maxWidth > 0) {
        // Shorten the widest column, one cell at a time, until the table fits.
        auto total = [&] {
            int sum = int(kGap * (n - 1));
            for (const int w : std::as_const(widths))
                sum += w;
            return sum;
        };
        while (total() > maxWidth) {
            qsizetype widest = -1;
            for (qsizetype i = 0; i < n; ++i) {
                if (!keepsWidth(columns.at(i)) && (widest < 0 || widths.at(i) > widths.at(widest)))
                    widest = i;
            }
            if (widest < 0 || widths.at(widest) <= kMinColumn)
                break;
            --widths[widest];
        }
    }
    QString text;
    auto line = [&](const QStringList &cells) {
        QString l;
        for (qsizetype i = 0; i < n; ++i) {
            const QString cell = elide(cells.value(i), widths.at(i));
            l += i + 1 < n ? pad(cell, widths.at(i) + kGap) : cell;
        }
        while (l.endsWith(QLatin1Char(' ')))
            l.chop(1);
        text += l + QLatin1Char('\n');
    };
    QStringList titles;
    for (const Column &c : columns)
        titles.append(c.title);
    line(titles);
    for (const QStringList &row : rows)
        line(row);
    return text.toUtf8();
}

QByteArray OutputFormatter::csv(const QList<Column> &columns, const QList<QStringList> &rows)
{
    QStringList keys;
    for (const Column &c : columns)
        keys.append(c.key);
    QByteArray bytes = CsvWriter::record(keys);
    for (const QStringList &row : rows)
        bytes += CsvWriter::record(row);
    return bytes;
}

QByteArray OutputFormatter::json(const QList<Column> &columns, const QList<QStringList> &rows)
{
    QJsonArray array;
    for (const QStringList &row : rows) {
        QJsonObject object;
        for (qsizetype i = 0; i < columns.size(); ++i)
            object.insert(columns.at(i).key, row.value(i));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray OutputFormatter::format(OutputFormat format, const QList<Column> &columns,
                                   const QList<QStringList> &rows, int maxWidth)
{
    switch (format) {
    case OutputFormat::Table:
        return table(columns, rows, maxWidth);
    case OutputFormat::Csv:
        return csv(columns, rows);
    case OutputFormat::Json:
        return json(columns, rows);
    }
    return {};
}

void OutputFormatter::print(OutputFormat format, const QList<Column> &columns,
                            const QList<QStringList> &rows)
{
    out().flush();
    const QByteArray bytes = OutputFormatter::format(format, columns, rows, terminalWidth());
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int OutputFormatter::terminalWidth()
{
    return terminal::stdoutIsTerminal() ? terminal::width() : 0;
}

} // namespace dataarts::cli
