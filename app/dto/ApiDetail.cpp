#include "ApiDetail.h"

#include "Envelopes.h"

#include <QJsonDocument>

namespace dataarts {

bool ApiDetail::decodeDocument(const QByteArray &body, ApiDetail *out, DecodeError *error)
{
    if (!envelope::documentOf(body, &out->overview, error))
        return false;
    // Valid JSON by now; a single object, so building the tree costs little.
    out->raw = QJsonDocument::fromJson(body).object();
    return true;
}

} // namespace dataarts
