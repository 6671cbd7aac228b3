#pragma once

#include <QStringList>
#include <QUrl>

namespace dataarts::regions {

// The 26 region ids of the Huawei Cloud SDK region table (dataarts-api.md section 1).
const QStringList &ids();
bool isKnown(const QString &id);

// https://dayu.<id>.myhuaweicloud.com (Architecture and DataService alike).
QUrl dataArtsEndpoint(const QString &id);
// https://iam.<id>.myhuaweicloud.com
QUrl iamEndpoint(const QString &id);

} // namespace dataarts::regions
