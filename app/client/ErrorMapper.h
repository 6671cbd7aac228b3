#pragma once

#include "ApiError.h"
#include "ReplyFacts.h"

#include <QJsonDocument>

namespace dataarts {

// The one place that turns a network error, an HTTP status and an error body into a typed
// ApiError (dataarts-api.md "Error bodies", spec/product.md "Signing", "Batch engine").
namespace errorMapper {

// A signature answered with 401 whose Date differs from the local clock by more than this
// is clock skew (the gateway allows 15 minutes).
constexpr qint64 kSkewThresholdMs = 10 * 60 * 1000;

// No error: *json holds the parsed body (empty for a body-less 2xx). Otherwise the error.
ApiError map(const ReplyFacts &facts, QJsonDocument *json);

// Whether an error message says that the signature (X-Sdk-Date) expired.
bool saysSignatureExpired(const QString &message);

} // namespace errorMapper
} // namespace dataarts
