#pragma once

#include "ApiError.h"
#include "ReplyFacts.h"

#include "dto/DecodeError.h"

namespace dataarts {

// The one place that turns a network error, an HTTP status and an error body into a typed
// ApiError (dataarts-api.md "Error bodies", spec/product.md "Signing", "Batch engine").
namespace errorMapper {

// A signature answered with 401 whose Date differs from the local clock by more than this
// is clock skew (the gateway allows 15 minutes).
constexpr qint64 kSkewThresholdMs = 10 * 60 * 1000;

// None when the answer is a usable 2xx: its body is then for the job to decode (a syntax
// error found there is a BadResponse too, see fromDecodeError). Otherwise the error.
ApiError map(const ReplyFacts &facts);

// The error for a body that a job could not decode: Malformed / Truncated / UnexpectedShape,
// or, for a request that is not safe to repeat, UnknownOutcome (it was applied, but its
// result is unreadable).
ApiError fromDecodeError(const DecodeError &error, bool idempotent, int httpStatus);

// Whether an error message says that the signature (X-Sdk-Date) expired.
bool saysSignatureExpired(const QString &message);

} // namespace errorMapper
} // namespace dataarts
