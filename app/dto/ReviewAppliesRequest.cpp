#include "ReviewAppliesRequest.h"

#include "JsonWriter.h"

#include <QSet>

namespace dataarts {

QByteArray ReviewAppliesRequest::body() const
{
    JsonWriter w;
    w.beginObject();
    w.field("apply_result", applyResult);
    w.key("apply_ids").stringArray(applyIds);
    w.endObject();
    return w.take();
}

QString ReviewAppliesRequest::validate() const
{
    if (applyIds.isEmpty())
        return tr("Select at least one application.");
    if (QSet<QString>(applyIds.begin(), applyIds.end()).size() != applyIds.size())
        return tr("An application is listed twice.");
    for (const QString &id : applyIds) {
        if (id.trimmed().isEmpty())
            return tr("An application id is empty.");
    }
    return {};
}

} // namespace dataarts
