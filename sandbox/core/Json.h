#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace dataarts::sandbox::json {

QByteArray bytes(const QJsonObject &object);
QByteArray bytes(const QJsonArray &array);

// The request body as a JSON object; empty with *error set when it is not one.
std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error);

// A 64-bit id as the API sends it: a string of digits, or (with --numeric-ids) a JSON
// number that keeps every digit.
QJsonValue id(qint64 value, bool numeric);

// Reads an id sent as a string of digits or as a JSON integer (exact through toInteger,
// never through a double). Empty when it is neither.
std::optional<qint64> readId(const QJsonValue &value);

// The id as the caller sent it, for echoing it back: strings as they are, integers
// exactly.
QString idText(const QJsonValue &value);

// Nullable string: JSON null for an empty string.
QJsonValue stringOrNull(const QString &text);

} // namespace dataarts::sandbox::json
