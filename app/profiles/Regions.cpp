#include "Regions.h"

#include <QCoreApplication>
#include <QHash>

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

namespace {

// English names from Huawei Cloud's endpoint tables (support.huaweicloud.com, "Regions and
// Endpoints"); the Chinese ones are the console's, in the zh_CN catalogue. Ids whose name
// could not be confirmed (cn-north-11, ae-ad-1, my-kualalumpur-1) show their id alone.
const char *englishName(const QString &id)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("cn-north-1"), QT_TRANSLATE_NOOP("dataarts::regions", "CN North-Beijing1")},
        {QStringLiteral("cn-north-2"), QT_TRANSLATE_NOOP("dataarts::regions", "CN North-Beijing2")},
        {QStringLiteral("cn-north-4"), QT_TRANSLATE_NOOP("dataarts::regions", "CN North-Beijing4")},
        {QStringLiteral("cn-north-9"), QT_TRANSLATE_NOOP("dataarts::regions", "CN North-Ulanqab1")},
        {QStringLiteral("cn-east-2"), QT_TRANSLATE_NOOP("dataarts::regions", "CN East-Shanghai2")},
        {QStringLiteral("cn-east-3"), QT_TRANSLATE_NOOP("dataarts::regions", "CN East-Shanghai1")},
        {QStringLiteral("cn-east-4"), QT_TRANSLATE_NOOP("dataarts::regions", "CN East2")},
        {QStringLiteral("cn-south-1"), QT_TRANSLATE_NOOP("dataarts::regions", "CN South-Guangzhou")},
        {QStringLiteral("cn-southwest-2"),
         QT_TRANSLATE_NOOP("dataarts::regions", "CN Southwest-Guiyang1")},
        {QStringLiteral("ap-southeast-1"), QT_TRANSLATE_NOOP("dataarts::regions", "CN-Hong Kong")},
        {QStringLiteral("ap-southeast-2"), QT_TRANSLATE_NOOP("dataarts::regions", "AP-Bangkok")},
        {QStringLiteral("ap-southeast-3"), QT_TRANSLATE_NOOP("dataarts::regions", "AP-Singapore")},
        {QStringLiteral("ap-southeast-4"), QT_TRANSLATE_NOOP("dataarts::regions", "AP-Jakarta")},
        {QStringLiteral("af-south-1"), QT_TRANSLATE_NOOP("dataarts::regions", "AF-Johannesburg")},
        {QStringLiteral("ru-northwest-2"), QT_TRANSLATE_NOOP("dataarts::regions", "RU-Moscow2")},
        {QStringLiteral("ru-moscow-1"), QT_TRANSLATE_NOOP("dataarts::regions", "RU-Moscow1")},
        {QStringLiteral("sa-brazil-1"), QT_TRANSLATE_NOOP("dataarts::regions", "LA-Sao Paulo1")},
        {QStringLiteral("la-south-2"), QT_TRANSLATE_NOOP("dataarts::regions", "LA-Santiago")},
        {QStringLiteral("la-north-2"), QT_TRANSLATE_NOOP("dataarts::regions", "LA-Mexico City2")},
        {QStringLiteral("na-mexico-1"), QT_TRANSLATE_NOOP("dataarts::regions", "LA-Mexico City1")},
        {QStringLiteral("tr-west-1"), QT_TRANSLATE_NOOP("dataarts::regions", "TR-Istanbul")},
        {QStringLiteral("me-east-1"), QT_TRANSLATE_NOOP("dataarts::regions", "ME-Riyadh")},
        {QStringLiteral("eu-west-101"), QT_TRANSLATE_NOOP("dataarts::regions", "EU-Dublin")},
    };
    return names.value(id);
}

} // namespace

QString name(const QString &id)
{
    const char *english = englishName(id);
    return english ? QCoreApplication::translate("dataarts::regions", english) : QString();
}

QString displayName(const QString &id)
{
    const QString n = name(id);
    //: A region in a list: its name, then its id, e.g. "CN North-Beijing4 (cn-north-4)"
    return n.isEmpty() ? id
                       : QCoreApplication::translate("dataarts::regions", "%1 (%2)").arg(n, id);
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
