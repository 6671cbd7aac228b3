#include "FactoryHit.h"

#include "JsonFields.h"

namespace dataarts {

QString FactoryHit::displayName() const
{
    if (isScript())
        return scriptName.isEmpty() ? scriptId : scriptName;
    QString name = jobName.isEmpty() ? jobId : jobName;
    if (!nodeName.isEmpty())
        name += QStringLiteral(" / ") + nodeName;
    return name;
}

bool FactoryHit::decode(JsonStream &stream, FactoryHit *out)
{
    JsonFields f(stream);
    while (f.next()) {
        if (f.is("id"))
            out->id = f.id();
        else if (f.is("doc_type"))
            out->docType = f.string();
        else if (f.is("workspace_name"))
            out->workspaceName = f.string();
        else if (f.is("owner"))
            out->owner = f.string();
        else if (f.is("job_id"))
            out->jobId = f.id();
        else if (f.is("job_name"))
            out->jobName = f.string();
        else if (f.is("node_name"))
            out->nodeName = f.string();
        else if (f.is("script_id"))
            out->scriptId = f.id();
        else if (f.is("script_name"))
            out->scriptName = f.string();
        else if (f.is("last_modified_time"))
            out->lastModified = f.epochMs();
        else
            f.skip();
    }
    return f.ok();
}

} // namespace dataarts
