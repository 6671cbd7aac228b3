#include "FactoryHandler.h"

#include "ImpactJson.h"
#include "http/Router.h"
#include "world/SandboxWorld.h"

#include <QJsonArray>

namespace dataarts::sandbox {

void FactoryHandler::addRoutes(Router &router)
{
    router.add("GET", "/v2/{project_id}/factory/search", "factory.search", Service::Factory,
               [this](Exchange &ex) { search(ex); });
}

void FactoryHandler::invalid(Exchange &ex, const QString &field, const Text &why) const
{
    dataServiceError(
        ex, 400, QStringLiteral("DLF.1000"),
        {QStringLiteral("Invalid parameter %1: %2").arg(field, why.en),
         QStringLiteral("参数%1非法：%2").arg(field, why.zh.isEmpty() ? why.en : why.zh)});
}

void FactoryHandler::search(Exchange &ex)
{
    const SandboxRequest &r = ex.request;
    const QString text = r.query(QStringLiteral("search_text"));
    if (text.trimmed().size() < 2) {
        invalid(
            ex, QStringLiteral("search_text"),
            {QStringLiteral("it needs at least 2 characters"), QStringLiteral("至少需要2个字符")});
        return;
    }
    bool nodes = true;
    bool scripts = true;
    if (r.hasQuery(QStringLiteral("doc_types"))) {
        nodes = scripts = false;
        const QStringList types =
            r.query(QStringLiteral("doc_types")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &t : types) {
            if (t.trimmed() == QLatin1String("node")) {
                nodes = true;
            } else if (t.trimmed() == QLatin1String("script")) {
                scripts = true;
            } else {
                invalid(ex, QStringLiteral("doc_types"),
                        oneOf(t, {QStringLiteral("node"), QStringLiteral("script")}));
                return;
            }
        }
        if (!nodes && !scripts)
            nodes = scripts = true;
    }
    int numbers[2] = {10, 0};
    const QString keys[2] = {QStringLiteral("limit"), QStringLiteral("offset")};
    for (int k = 0; k < 2; ++k) {
        if (!r.hasQuery(keys[k]))
            continue;
        bool ok = false;
        const int v = r.query(keys[k]).toInt(&ok);
        if (!ok || (k == 0 ? v < 1 || v > 100 : v < 0)) {
            invalid(
                ex, keys[k],
                k == 0 ? Text{QStringLiteral("\"%1\" is not an integer from 1 to 100")
                                  .arg(r.query(keys[k])),
                              QStringLiteral("“%1”不是1～100的整数").arg(r.query(keys[k]))}
                       : Text{QStringLiteral("\"%1\" is not an integer >= 0").arg(r.query(keys[k])),
                              QStringLiteral("“%1”不是不小于0的整数").arg(r.query(keys[k]))});
            return;
        }
        numbers[k] = v;
    }
    const QString workspaceId = r.query(QStringLiteral("workspace_id"));
    std::vector<FactoryDoc> hits;
    if (ex.dataWorkspace &&
        (workspaceId.isEmpty() || workspaceId == m_world.directory.workspace().id))
        hits = m_world.factory.search(text.trimmed(), nodes, scripts);
    const int total = int(hits.size());
    QJsonArray details;
    for (int i = numbers[1]; i < total && i < numbers[1] + numbers[0]; ++i)
        details.append(impact_json::searchDetail(m_world, hits[size_t(i)]));
    dataServiceOk(ex, QJsonObject{{QStringLiteral("limit"), numbers[0]},
                                  {QStringLiteral("offset"), numbers[1]},
                                  {QStringLiteral("total_hits"), total},
                                  {QStringLiteral("search_details"), details}});
}

} // namespace dataarts::sandbox
