#pragma once

#include "JsonStream.h"
#include "KnownEnum.h"

#include <QDateTime>
#include <QString>

namespace dataarts {

// Reads the members of one JSON object from a JsonStream, with typed, strict accessors for
// the current member's value. A null value counts as absent (present() is then false); a
// value of the wrong type is a shape error naming its path. Unknown members are skipped
// (and still validated). Leaves the object when destroyed.
//
//     JsonFields f(stream);
//     while (f.next()) {
//         if (f.is("id")) out->id = f.id();
//         else f.skip();
//     }
class JsonFields
{
public:
    explicit JsonFields(JsonStream &stream);
    ~JsonFields();
    JsonFields(const JsonFields &) = delete;
    JsonFields &operator=(const JsonFields &) = delete;

    bool next();
    bool is(const char *name) const { return m_stream.key() == QByteArrayView(name); }

    QString string();
    // An id: a string as it is, or an integer token with every digit.
    QString id();
    // An integer (or a string of digits).
    qint64 integer();
    bool boolean();
    // ISO 8601 date-time string (any offset) or epoch milliseconds (number or digits).
    QDateTime time();
    QDateTime epochMs();
    template <typename E>
    KnownEnum<E> enumeration()
    {
        return decodeEnum<E>(string());
    }
    // Consumes a null and returns true; false (nothing consumed) for any other value.
    bool takeNull();
    void skip();

    // Whether the last value read was there (not null).
    bool present() const { return m_present; }
    // Reports a required member that was absent or null.
    void missing(const char *name);
    void wrongType(const char *expected);

    bool entered() const { return m_entered; }
    bool ok() const { return m_stream.ok(); }
    JsonStream &stream() { return m_stream; }

private:
    QDateTime timeFromEpochMs(qint64 ms, bool valid);

    JsonStream &m_stream;
    bool m_entered = false;
    bool m_present = false;
};

// Reads the items of one JSON array; leaves it when destroyed.
class JsonItems
{
public:
    explicit JsonItems(JsonStream &stream);
    ~JsonItems();
    JsonItems(const JsonItems &) = delete;
    JsonItems &operator=(const JsonItems &) = delete;

    bool next();
    bool entered() const { return m_entered; }

private:
    JsonStream &m_stream;
    bool m_entered = false;
};

// Integer value of a JSON number token or a string of digits; false when it is not an
// integer or does not fit a qint64.
bool parseInteger(QByteArrayView token, qint64 *out);

// The fast path for the API's date-times ("YYYY-MM-DDTHH:MM:SS[.fff](Z|+HH:MM)"); invalid
// otherwise.
QDateTime parseIsoDateTime(const QString &text);

} // namespace dataarts
