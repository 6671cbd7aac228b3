#pragma once

#include <QByteArray>
#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dataarts::cli {

enum class OutputFormat { Table, Csv, Json };

// One column of a listing: a stable key (CSV header, JSON member) and a translated title
// (table header).
struct Column {
    QString key;
    QString title;
};

// Prints listings (records of text fields, ids included, so that a 19-digit id keeps every
// digit) as an aligned table, RFC 4180 CSV or a JSON array of objects whose values are all
// strings. The table is width-aware: wide (CJK) characters count two cells, and when a
// width is given the widest columns are shortened with "…" until the table fits; id
// columns ("id", "*_id", "key") are never shortened.
class OutputFormatter
{
    Q_DECLARE_TR_FUNCTIONS(OutputFormatter)
public:
    // The --format option every listing and run command takes (default table).
    static QCommandLineOption option();
    // nullopt with a message printed on standard error for an unknown name.
    static std::optional<OutputFormat> parse(const QString &name);

    static QByteArray table(const QList<Column> &columns, const QList<QStringList> &rows,
                            int maxWidth = 0);
    static QByteArray csv(const QList<Column> &columns, const QList<QStringList> &rows);
    static QByteArray json(const QList<Column> &columns, const QList<QStringList> &rows);
    static QByteArray format(OutputFormat format, const QList<Column> &columns,
                             const QList<QStringList> &rows, int maxWidth = 0);

    // Prints to standard output; a table is fitted to the terminal when standard output is
    // one, and never shortened otherwise.
    static void print(OutputFormat format, const QList<Column> &columns,
                      const QList<QStringList> &rows);

    // Terminal cells a text takes (wide characters two, combining marks none).
    static int displayWidth(const QString &text);
    // The text cut to at most `width` cells, ending with "…" when it was cut.
    static QString elide(const QString &text, int width);
    // Columns of the terminal on standard output; 0 when it is not a terminal.
    static int terminalWidth();
};

} // namespace dataarts::cli
