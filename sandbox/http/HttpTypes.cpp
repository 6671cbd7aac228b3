#include "HttpTypes.h"

namespace dataarts::sandbox {

bool SandboxRequest::hasQuery(const QString &key) const
{
    for (const QueryItem &item : http.query) {
        if (item.first == key)
            return true;
    }
    return false;
}

QString SandboxRequest::query(const QString &key) const
{
    for (const QueryItem &item : http.query) {
        if (item.first == key)
            return item.second;
    }
    return QString();
}

QStringList SandboxRequest::queryValues(const QString &key) const
{
    QStringList out;
    for (const QueryItem &item : http.query) {
        if (item.first == key)
            out.append(item.second);
    }
    return out;
}

SandboxResponse SandboxResponse::json(int status, const QByteArray &body,
                                      const QByteArray &contentType)
{
    SandboxResponse r;
    r.status = status;
    r.body = body;
    r.contentType = contentType;
    return r;
}

SandboxResponse SandboxResponse::noContent()
{
    SandboxResponse r;
    r.status = 204;
    return r;
}

} // namespace dataarts::sandbox
