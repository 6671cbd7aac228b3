#pragma once

#include <QJsonArray>
#include <QJsonObject>

namespace dataarts::sandbox {

class SandboxWorld;
struct CatalogNode;
struct FactoryDoc;

// The records of the impact reads as the API shows them (dataarts-api.md section 7).
namespace impact_json {

// ShowApi datasource_config of an API reading a table; null-free, empty for none.
QJsonObject datasourceConfig(const SandboxWorld &world, int api);
// OpenEntityHeader of a table or a process.
QJsonObject entityHeader(const SandboxWorld &world, const CatalogNode &node);
// SearchDetailV2.
QJsonObject searchDetail(const SandboxWorld &world, const FactoryDoc &doc);
// RecordForGetAuthApp of one app on one pair.
QJsonObject authorizedApp(const SandboxWorld &world, int pairIndex, int app);
// LINKED, or OFFLINE_WAITING_CHECK while the pair waits and the app has not confirmed.
QString relationshipType(const SandboxWorld &world, int pairIndex, int app);

} // namespace impact_json
} // namespace dataarts::sandbox
