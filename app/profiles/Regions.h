#pragma once

#include <QStringList>
#include <QUrl>

namespace dataarts::regions {

// The 26 region ids of the Huawei Cloud SDK region table (dataarts-api.md section 1).
const QStringList &ids();
bool isKnown(const QString &id);

// The region's name as Huawei Cloud's console shows it, in the current language
// ("CN North-Beijing4", "华北-北京四"); empty for an id without a known name.
QString name(const QString &id);
// What a list of regions shows: "CN North-Beijing4 (cn-north-4)", or the id alone.
QString displayName(const QString &id);

// https://dayu.<id>.myhuaweicloud.com (Architecture and DataService alike).
QUrl dataArtsEndpoint(const QString &id);
// https://iam.<id>.myhuaweicloud.com
QUrl iamEndpoint(const QString &id);

} // namespace dataarts::regions
