#include "JsonReader.h"

#include <QTimeZone>

#include <cmath>
#include <limits>

namespace dataarts {

namespace {

bool isDigits(const QString &text) {
    if (text.isEmpty())
        return false;
    qsizetype i = text.startsWith(QLatin1Char('-')) ? 1 : 0;
    if (i == text.size())
        return false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

constexpr qint64 kNotAnInteger = std::numeric_limits<qint64>::min();

} // namespace

JsonReader::JsonReader(const QJsonObject &object, QString path, DecodeError *error)
    : m_object(object)
    , m_path(std::move(path))
    , m_error(error) {
}

QString JsonReader::childPath(QLatin1String key) const {
    return m_path.isEmpty() ? QString(key) : m_path + QLatin1Char('.') + key;
}

void JsonReader::fail(const QString &path, const QString &reason) {
    if (!m_error->isError()) {
        m_error->path = path;
        m_error->reason = reason;
    }
}

bool JsonReader::absent(QLatin1String key, const QJsonValue &value, Need need) {
    if (!value.isUndefined() && !value.isNull())
        return false;
    if (need == Required)
        fail(childPath(key), QStringLiteral("required field is missing"));
    return true;
}

void JsonReader::wrongType(QLatin1String key, const char *expected) {
    fail(childPath(key), QStringLiteral("expected %1").arg(QLatin1String(expected)));
}

QString JsonReader::string(QLatin1String key, Need need) {
    const QJsonValue v = m_object.value(key);
    if (absent(key, v, need))
        return {};
    if (!v.isString()) {
        wrongType(key, "a string");
        return {};
    }
    return v.toString();
}

bool JsonReader::idFromValue(const QJsonValue &value, QString *out) {
    if (value.isString()) {
        *out = value.toString();
        return true;
    }
    if (value.isDouble()) {
        const qint64 n = value.toInteger(kNotAnInteger);
        if (n == kNotAnInteger)
            return false;
        // toInteger() also accepts doubles that happen to be integral. A real number at or
        // beyond 2^53 may have lost digits: refuse it rather than guess.
        if (value.toVariant().typeId() == QMetaType::Double &&
            std::fabs(value.toDouble()) >= 9007199254740992.0)
            return false;
        *out = QString::number(n);
        return true;
    }
    return false;
}

bool JsonReader::integerFromValue(const QJsonValue &value, qint64 *out) {
    if (value.isDouble()) {
        const qint64 n = value.toInteger(kNotAnInteger);
        if (n == kNotAnInteger)
            return false;
        *out = n;
        return true;
    }
    if (value.isString() && isDigits(value.toString())) {
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        if (!ok)
            return false;
        *out = n;
        return true;
    }
    return false;
}

QString JsonReader::id(QLatin1String key, Need need) {
    const QJsonValue v = m_object.value(key);
    if (absent(key, v, need))
        return {};
    QString out;
    if (!idFromValue(v, &out)) {
        wrongType(key, "an id (string or integer)");
        return {};
    }
    if (need == Required && out.isEmpty())
        fail(childPath(key), QStringLiteral("required id is empty"));
    return out;
}

qint64 JsonReader::integer(QLatin1String key, Need need, qint64 fallback) {
    const QJsonValue v = m_object.value(key);
    if (absent(key, v, need))
        return fallback;
    qint64 out = 0;
    if (!integerFromValue(v, &out)) {
        wrongType(key, "an integer");
        return fallback;
    }
    return out;
}

bool JsonReader::boolean(QLatin1String key, Need need, bool fallback) {
    const QJsonValue v = m_object.value(key);
    if (absent(key, v, need))
        return fallback;
    if (!v.isBool()) {
        wrongType(key, "true or false");
        return fallback;
    }
    return v.toBool();
}

QDateTime JsonReader::time(QLatin1String key, Need need) {
    const QJsonValue v = m_object.value(key);
    if (absent(key, v, need))
        return {};
    if (v.isString()) {
        const QString text = v.toString();
        if (text.isEmpty())
            return {};
        if (isDigits(text))
            return epochMs(key, need);
        QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(text, Qt::ISODate);
        if (!t.isValid()) {
            wrongType(key, "an ISO 8601 date-time");
            return {};
        }
        return t.toUTC();
    }
    return epochMs(key, need);
}

QDateTime JsonReader::epochMs(QLatin1String key, Need need) {
    const QJsonValue v = m_object.value(key);
    if (absent(key, v, need))
        return {};
    qint64 ms = 0;
    if (!integerFromValue(v, &ms)) {
        wrongType(key, "epoch milliseconds");
        return {};
    }
    // Beyond year 9999 (or before 0): not a timestamp.
    if (ms < -62135596800000LL || ms > 253402300799999LL) {
        fail(childPath(key), QStringLiteral("timestamp out of range"));
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

QJsonObject JsonReader::object(QLatin1String key, Need need) {
    const QJsonValue v = m_object.value(key);
    if (absent(key, v, need))
        return {};
    if (!v.isObject()) {
        wrongType(key, "an object");
        return {};
    }
    return v.toObject();
}

QJsonArray JsonReader::array(QLatin1String key, Need need) {
    const QJsonValue v = m_object.value(key);
    if (absent(key, v, need))
        return {};
    if (!v.isArray()) {
        wrongType(key, "an array");
        return {};
    }
    return v.toArray();
}

} // namespace dataarts
