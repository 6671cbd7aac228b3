#include "Json.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace dataarts::sandbox::json {

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray bytes(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error =
            QStringLiteral("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("the body is not a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

QJsonValue id(qint64 value, bool numeric)
{
    if (numeric)
        return QJsonValue(value);
    return QJsonValue(QString::number(value));
}

std::optional<qint64> readId(const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text.isEmpty() || text.size() > 19)
            return std::nullopt;
        for (const QChar c : text) {
            if (!c.isDigit() || c.unicode() > 127)
                return std::nullopt;
        }
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        return ok ? std::optional<qint64>(n) : std::nullopt;
    }
    if (value.isDouble()) {
        // QJsonValue keeps integers that fit in qint64 exactly; toInteger() returns the
        // default for non-integral numbers.
        const qint64 n = value.toInteger(-1);
        if (n < 0)
            return std::nullopt;
        return n;
    }
    return std::nullopt;
}

QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const qint64 n = value.toInteger(-1);
        if (n >= 0)
            return QString::number(n);
        return QString::number(value.toDouble(), 'g', 17);
    }
    return QString();
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace dataarts::sandbox::json
