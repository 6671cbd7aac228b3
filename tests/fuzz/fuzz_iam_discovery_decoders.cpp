// IAM and discovery decoders: the token body, projects, instances and workspaces.
#include "FuzzSupport.h"

#include "dto/DataArtsInstance.h"
#include "dto/DataArtsWorkspace.h"
#include "dto/Envelopes.h"
#include "dto/IamProject.h"
#include "dto/IamToken.h"

using namespace dataarts;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QJsonDocument doc = fuzz::parse(data, size);
    DecodeError error;
    QJsonObject top;
    if (envelope::topObject(doc, &top, &error)) {
        IamToken token;
        IamToken::decode(top, QString(), &token, &error);
        error = {};
        QList<IamProject> projects;
        const QJsonValue list = top.value(QLatin1String("projects"));
        if (list.isArray())
            envelope::records(list.toArray(), QStringLiteral("projects"), &projects, &error);
    }
    Page<DataArtsInstance> instances;
    error = {};
    envelope::topLevelPageOf(doc, QLatin1String("commodity_order_lists"), QLatin1String("count"),
                             &instances, &error);
    Page<DataArtsWorkspace> workspaces;
    error = {};
    envelope::topLevelPageOf(doc, QLatin1String("data"), QLatin1String("count"), &workspaces,
                             &error);
    return 0;
}
