#pragma once

// Shared by the libFuzzer targets.
#include "dto/DecodeError.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The decoders are never laxer than Qt: a syntax error Qt finds must make them fail.
// (They may be stricter: lone surrogates, nesting beyond JsonStream::kMaxDepth.)
inline void checkNotLaxer(const QByteArray &input, bool decoded)
{
    if (!decoded)
        return;
    QJsonParseError error{};
    QJsonDocument::fromJson(input, &error);
    if (error.error != QJsonParseError::NoError)
        std::abort();
}

// Success and error must agree, and an error must say what kind it is.
inline void checkConsistent(bool ok, const dataarts::DecodeError &error)
{
    if (ok == error.isError())
        std::abort();
    if (!ok && error.reason.isEmpty())
        std::abort();
}

} // namespace fuzz
