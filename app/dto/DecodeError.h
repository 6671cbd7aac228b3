#pragma once

#include <QString>

namespace dataarts {

// Why a response body could not be turned into DTOs: where (a JSON path such as
// "data.value.records[3].status") and what was wrong. Empty reason: no error.
struct DecodeError {
    QString path;
    QString reason;

    bool isError() const { return !reason.isEmpty(); }
    QString toString() const {
        return path.isEmpty() ? reason : path + QStringLiteral(": ") + reason;
    }
};

} // namespace dataarts
