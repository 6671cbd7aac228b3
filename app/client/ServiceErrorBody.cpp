#include "ServiceErrorBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dataarts {

namespace {

constexpr int kMaxDepth = 4;

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

bool fromObject(const QJsonObject &o, ServiceErrorBody *out, int depth)
{
    const auto take = [&](QLatin1String codeKey, QLatin1String msgKey) {
        const QString code = text(o.value(codeKey));
        if (code.isEmpty())
            return false;
        out->code = code;
        out->message = text(o.value(msgKey));
        out->found = true;
        return true;
    };
    if (take(QLatin1String("error_code"), QLatin1String("error_msg")))
        return true;
    const QJsonValue errors = o.value(QLatin1String("errors"));
    if (errors.isArray()) {
        for (const QJsonValue &e : errors.toArray()) {
            if (e.isObject() && fromObject(e.toObject(), out, kMaxDepth))
                return true;
        }
    }
    if (take(QLatin1String("code"), QLatin1String("message")))
        return true;
    if (depth >= kMaxDepth)
        return false;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isObject() && fromObject(it.value().toObject(), out, depth + 1))
            return true;
    }
    return false;
}

} // namespace

ServiceErrorBody ServiceErrorBody::parse(const QByteArray &body)
{
    ServiceErrorBody out;
    if (body.size() > 1024 * 1024)
        return out; // an error body is small; a huge one is not a service error
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return out;
    fromObject(document.object(), &out, 0);
    return out;
}

} // namespace dataarts
