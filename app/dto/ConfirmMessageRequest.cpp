#include "ConfirmMessageRequest.h"

#include "ApiActionRequest.h"
#include "JsonWriter.h"

namespace dataarts {

QByteArray ConfirmMessageRequest::body() const
{
    JsonWriter w;
    w.beginObject();
    w.field("message_id", messageId);
    w.field("action", int(action));
    if (action == Scheduled)
        w.field("time", time);
    w.endObject();
    return w.take();
}

QString ConfirmMessageRequest::validate() const
{
    if (messageId.trimmed().isEmpty())
        return tr("The message id is empty.");
    if (action == Scheduled) {
        const QDateTime t = ApiActionRequest::parseTime(time);
        if (!t.isValid())
            return tr("The execution time “%1” is not of the form YYYY-MM-DDTHH:00:00.000Z.")
                .arg(time);
        if (t.time().minute() != 0 || t.time().second() != 0 || t.time().msec() != 0)
            return tr("The execution time must be a whole hour.");
    } else if (!time.isEmpty()) {
        return tr("A time is only sent with a scheduled confirmation.");
    }
    return {};
}

} // namespace dataarts
