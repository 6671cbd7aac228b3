#pragma once

// Shared by the libFuzzer targets: the parse step every decoder starts from.
#include "dto/JsonParse.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

namespace fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size) {
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The document the jobs would decode, or null when the bytes do not parse.
inline QJsonDocument parse(const uint8_t *data, size_t size) {
    const dataarts::json::ParseResult r = dataarts::json::parse(bytes(data, size));
    return r.ok() ? r.document : QJsonDocument();
}

} // namespace fuzz
