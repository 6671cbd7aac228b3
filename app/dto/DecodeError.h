#pragma once

#include <QString>

namespace dataarts {

// Why a response body could not be turned into DTOs: what kind of problem, where (a JSON
// path such as "data.value.records[3].status", and the byte offset for syntax errors) and
// what was wrong. An empty reason: no error.
struct DecodeError {
    enum class Problem {
        None,
        Malformed, // not JSON
        Truncated, // JSON that stops before its end
        Shape,     // JSON, but not the documented structure
    };

    Problem problem = Problem::None;
    QString path;
    QString reason;
    qint64 offset = -1;

    bool isError() const { return problem != Problem::None; }
    QString toString() const
    {
        QString text = path.isEmpty() ? reason : path + QStringLiteral(": ") + reason;
        if (offset >= 0)
            text += QStringLiteral(" (byte %1)").arg(offset);
        return text;
    }
};

} // namespace dataarts
