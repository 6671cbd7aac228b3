#include "RunParameters.h"

#include "client/ConnectionSettings.h"

#include <QJsonArray>

namespace dataarts::runParameters {

namespace {

bool looksSecret(const QString &name)
{
    QString folded;
    folded.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            folded.append(c.toLower());
    }
    static const QStringList whole = {
        QStringLiteral("ak"),
        QStringLiteral("sk"),
        QStringLiteral("pwd"),
        QStringLiteral("pass"),
    };
    static const QStringList parts = {
        QStringLiteral("secret"),    QStringLiteral("password"),      QStringLiteral("passwd"),
        QStringLiteral("token"),     QStringLiteral("authorization"), QStringLiteral("credential"),
        QStringLiteral("accesskey"), QStringLiteral("privatekey"),    QStringLiteral("signature"),
    };
    if (whole.contains(folded))
        return true;
    for (const QString &part : parts) {
        if (folded.contains(part))
            return true;
    }
    return false;
}

QString findIn(const QJsonValue &value, const QString &path);

QString findInObject(const QJsonObject &object, const QString &path)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString here = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
        if (looksSecret(it.key()))
            return here;
        const QString inside = findIn(it.value(), here);
        if (!inside.isEmpty())
            return inside;
    }
    return QString();
}

QString findIn(const QJsonValue &value, const QString &path)
{
    if (value.isObject())
        return findInObject(value.toObject(), path);
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString inside = findIn(array.at(i), path + QLatin1Char('[') +
                                                           QString::number(i) + QLatin1Char(']'));
            if (!inside.isEmpty())
                return inside;
        }
    }
    return QString();
}

} // namespace

QJsonObject connectionFacts(const ConnectionSettings &settings)
{
    QJsonObject facts;
    facts.insert(
        QStringLiteral("endpoint"),
        settings.endpoint.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
            .toString());
    facts.insert(QStringLiteral("region"), settings.region);
    facts.insert(QStringLiteral("project_id"), settings.projectId);
    facts.insert(QStringLiteral("instance_id"), settings.instanceId);
    facts.insert(QStringLiteral("workspace"), settings.workspace);
    if (!settings.dlmType.isEmpty())
        facts.insert(QStringLiteral("dlm_type"), settings.dlmType);
    if (settings.auth == AuthMethod::IamPassword) {
        facts.insert(QStringLiteral("auth"), QStringLiteral("IAM_PASSWORD"));
        facts.insert(QStringLiteral("iam_user"), settings.iamUserName);
        facts.insert(QStringLiteral("iam_account"), settings.iamAccountName);
    } else {
        facts.insert(QStringLiteral("auth"), QStringLiteral("AKSK"));
    }
    return facts;
}

QString secretLikeField(const QJsonObject &parameters)
{
    return findInObject(parameters, QString());
}

} // namespace dataarts::runParameters
