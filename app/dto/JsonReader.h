#pragma once

#include "DecodeError.h"
#include "KnownEnum.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace dataarts {

// Strict, path-aware reading of one JSON object into DTO fields. A field that is absent or
// null takes its default; a required one that is absent, or any field of the wrong type,
// records an error (the first one wins) and reading goes on harmlessly.
class JsonReader {
public:
    enum Need { Optional, Required };

    JsonReader(const QJsonObject &object, QString path, DecodeError *error);

    bool ok() const { return !m_error->isError(); }
    const QJsonObject &object() const { return m_object; }
    QString path() const { return m_path; }
    QString childPath(QLatin1String key) const;

    QString string(QLatin1String key, Need need = Optional);
    // An id: a string taken as it is, or an integer with every digit kept. Never a double.
    QString id(QLatin1String key, Need need = Optional);
    // A JSON integer (or a string of digits, which is how big integers arrive).
    qint64 integer(QLatin1String key, Need need = Optional, qint64 fallback = 0);
    bool boolean(QLatin1String key, Need need = Optional, bool fallback = false);
    // ISO 8601 date-time string (any offset) or integer epoch milliseconds; invalid when
    // absent. The raw text is kept by the caller when it matters.
    QDateTime time(QLatin1String key, Need need = Optional);
    // Epoch milliseconds (integer, or a string of digits).
    QDateTime epochMs(QLatin1String key, Need need = Optional);
    QJsonObject object(QLatin1String key, Need need = Optional);
    QJsonArray array(QLatin1String key, Need need = Optional);

    template <typename E>
    KnownEnum<E> enumeration(QLatin1String key, Need need = Optional) {
        return decodeEnum<E>(string(key, need));
    }

    void fail(const QString &path, const QString &reason);

    // Helpers usable on bare values.
    static bool idFromValue(const QJsonValue &value, QString *out);
    static bool integerFromValue(const QJsonValue &value, qint64 *out);

private:
    // Null or absent: true, with missing-field handling done.
    bool absent(QLatin1String key, const QJsonValue &value, Need need);
    void wrongType(QLatin1String key, const char *expected);

    QJsonObject m_object;
    QString m_path;
    DecodeError *m_error;
};

} // namespace dataarts
