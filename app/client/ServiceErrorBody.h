#pragma once

#include <QByteArray>
#include <QString>

namespace dataarts {

// The code and message of a service error body, whichever of the documented shapes it
// has (dataarts-api.md section 1): {error_code, error_msg[, data]} (Architecture and
// DataService), {"errors":[{error_code, error_msg}, ...]} (what terraform reads for
// Architecture), {code, message}, or one of these nested in an object (the Go SDK's
// fallback).
struct ServiceErrorBody {
    QString code;
    QString message;
    bool found = false;

    static ServiceErrorBody parse(const QByteArray &body);
};

} // namespace dataarts
