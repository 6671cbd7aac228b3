#pragma once

#include <QJsonObject>

namespace dataarts::sandbox {

class SandboxWorld;
struct Pair;
struct ReviewRecord;

// The DataService records as the API shows them (dataarts-api.md sections 4 and 5b).
namespace dataservice_json {

QJsonObject publishMessage(const SandboxWorld &world, const Pair &pair);
QJsonObject apiOverview(const SandboxWorld &world, int api, bool withPublishMessages);
QJsonObject apiDetail(const SandboxWorld &world, int api);
QJsonObject cluster(const SandboxWorld &world, int cluster);
QJsonObject applyRecord(const SandboxWorld &world, const ReviewRecord &record);

} // namespace dataservice_json
} // namespace dataarts::sandbox
