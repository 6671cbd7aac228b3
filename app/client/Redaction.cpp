#include "Redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dataarts::redact {

namespace {

QJsonValue maskValue(const QJsonValue &value, int depth);

QJsonObject maskObject(const QJsonObject &object, int depth)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isSecretKey(it.key()))
            out.insert(it.key(), QLatin1String(kMask));
        else
            out.insert(it.key(), maskValue(it.value(), depth + 1));
    }
    return out;
}

QJsonValue maskValue(const QJsonValue &value, int depth)
{
    if (depth > 64)
        return QLatin1String(kMask);
    if (value.isObject())
        return maskObject(value.toObject(), depth);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(maskValue(v, depth + 1));
        return out;
    }
    return value;
}

// Secret values in text that is not (complete) JSON: "key": "value" (also cut off at the
// end) and key=value.
QByteArray maskText(QByteArray text)
{
    static const QRegularExpression quoted(
        QStringLiteral("(\"[^\"]*(?:password|passwd|secret|token|passcode|credential|"
                       "authorization|\\bsk\\b)[^\"]*\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*(?:\"|$)|"
                       "[^,}\\]\\s]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression pair(
        QStringLiteral("((?:password|passwd|secret|token|passcode|sk)=)[^&\\s]*"),
        QRegularExpression::CaseInsensitiveOption);
    QString s = QString::fromUtf8(text);
    s.replace(quoted, QStringLiteral("\\1\"") + QLatin1String(kMask) + QStringLiteral("\""));
    s.replace(pair, QStringLiteral("\\1") + QLatin1String(kMask));
    return s.toUtf8();
}

} // namespace

bool isSecretHeader(const QByteArray &name)
{
    const QByteArray n = name.trimmed().toLower();
    return n == "authorization" || n == "proxy-authorization" || n == "x-auth-token" ||
           n == "x-subject-token" || n == "x-security-token" || n == "cookie" || n == "set-cookie";
}

QByteArray headerValue(const QByteArray &name, const QByteArray &value)
{
    return isSecretHeader(name) ? QByteArray(kMask) : value;
}

QByteArray headers(const QList<QPair<QByteArray, QByteArray>> &list)
{
    QByteArray out;
    for (const auto &h : list) {
        if (!out.isEmpty())
            out.append('\n');
        out.append(h.first).append(": ").append(headerValue(h.first, h.second));
    }
    return out;
}

bool isSecretKey(const QString &key)
{
    const QString k = key.toLower();
    return k.contains(QLatin1String("password")) || k.contains(QLatin1String("passwd")) ||
           k.contains(QLatin1String("secret")) || k.contains(QLatin1String("token")) ||
           k.contains(QLatin1String("passcode")) || k.contains(QLatin1String("credential")) ||
           k.contains(QLatin1String("authorization")) || k == QLatin1String("sk") ||
           k == QLatin1String("secret_key") || k == QLatin1String("access_key_secret");
}

QByteArray body(const QByteArray &body, int maxBytes)
{
    if (body.isEmpty())
        return body;
    QByteArray out;
    // Parse only what is worth parsing; a huge page is logged by its start.
    if (body.size() <= 256 * 1024) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error == QJsonParseError::NoError) {
            const QJsonValue masked =
                maskValue(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), 0);
            out = masked.isObject()
                      ? QJsonDocument(masked.toObject()).toJson(QJsonDocument::Compact)
                      : QJsonDocument(masked.toArray()).toJson(QJsonDocument::Compact);
        }
    }
    if (out.isEmpty())
        out = maskText(body.left(maxBytes * 2));
    if (out.size() > maxBytes) {
        // Everything was masked before the cut; cut on a UTF-8 character boundary.
        qsizetype cut = maxBytes;
        while (cut > 0 && (static_cast<unsigned char>(out.at(cut)) & 0xC0) == 0x80)
            --cut;
        out.truncate(cut);
        out.append("…");
    }
    return out;
}

} // namespace dataarts::redact
