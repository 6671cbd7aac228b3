#include "ApprovalActionRequest.h"

#include "JsonWriter.h"

#include <QSet>

namespace dataarts {

QByteArray ApprovalActionRequest::body() const
{
    JsonWriter w;
    w.beginObject();
    w.key("ids").stringArray(ids);
    w.field("msg", msg);
    w.endObject();
    return w.take();
}

QString ApprovalActionRequest::validate() const
{
    if (ids.isEmpty())
        return tr("Select at least one approval.");
    if (QSet<QString>(ids.begin(), ids.end()).size() != ids.size())
        return tr("An approval is listed twice.");
    for (const QString &id : ids) {
        if (id.trimmed().isEmpty())
            return tr("An approval id is empty.");
    }
    if (msg.size() > kMaxMessageLength)
        return tr("The message is longer than %n characters.", nullptr, kMaxMessageLength);
    return {};
}

} // namespace dataarts
