#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace dataarts::json {

// Integer literals with this many digits or more may not fit a qint64; they are read as
// strings so that every digit survives (QJsonDocument keeps them only as doubles).
constexpr int kBigIntegerDigits = 19;

// Returns the bytes with every integer literal of kBigIntegerDigits digits or more (outside
// strings) turned into a JSON string of the same digits; the input itself when there is
// none (no copy). Bytes that are not valid JSON are passed through unchanged.
QByteArray quoteBigIntegers(const QByteArray &json);

struct ParseResult {
    QJsonDocument document;
    QJsonParseError error{};
    // The error is at the very end of the input: the body was cut short.
    bool truncated = false;
    bool ok() const { return error.error == QJsonParseError::NoError; }
};

// QJsonDocument::fromJson after quoteBigIntegers.
ParseResult parse(const QByteArray &json);

} // namespace dataarts::json
