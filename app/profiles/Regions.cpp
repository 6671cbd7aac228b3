#include "Regions.h"

namespace dataarts::regions {

const QStringList &ids()
{
    static const QStringList list = {
        QStringLiteral("cn-north-1"),     QStringLiteral("cn-north-2"),
        QStringLiteral("cn-north-4"),     QStringLiteral("cn-north-9"),
        QStringLiteral("cn-north-11"),    QStringLiteral("cn-east-2"),
        QStringLiteral("cn-east-3"),      QStringLiteral("cn-east-4"),
        QStringLiteral("cn-south-1"),     QStringLiteral("cn-southwest-2"),
        QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-2"),
        QStringLiteral("ap-southeast-3"), QStringLiteral("ap-southeast-4"),
        QStringLiteral("af-south-1"),     QStringLiteral("ru-northwest-2"),
        QStringLiteral("ru-moscow-1"),    QStringLiteral("sa-brazil-1"),
        QStringLiteral("la-south-2"),     QStringLiteral("la-north-2"),
        QStringLiteral("na-mexico-1"),    QStringLiteral("tr-west-1"),
        QStringLiteral("me-east-1"),      QStringLiteral("eu-west-101"),
        QStringLiteral("ae-ad-1"),        QStringLiteral("my-kualalumpur-1"),
    };
    return list;
}

bool isKnown(const QString &id)
{
    return ids().contains(id);
}

QUrl dataArtsEndpoint(const QString &id)
{
    return QUrl(QStringLiteral("https://dayu.") + id + QStringLiteral(".myhuaweicloud.com"));
}

QUrl iamEndpoint(const QString &id)
{
    return QUrl(QStringLiteral("https://iam.") + id + QStringLiteral(".myhuaweicloud.com"));
}

} // namespace dataarts::regions
