#pragma once

#include "batch/RunEvents.h"

#include <QList>
#include <QString>

namespace dataarts::ui {

// The review pages' text of the requests a run will send (BatchEngine::preview): per
// request a line "METHOD path[?query]" and, when there is one, a line with the body bytes
// exactly as they will be sent (compact JSON, one line), then a blank line.
class RequestText
{
public:
    static QString format(const QList<RequestPreview> &previews);
    // The body lines of a text made by format(), in order (what tests compare with what the
    // server received).
    static QStringList bodies(const QString &text);
};

} // namespace dataarts::ui
