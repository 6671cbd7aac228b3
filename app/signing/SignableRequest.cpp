#include "SignableRequest.h"

#include "Canonical.h"

#include <QUrlQuery>

namespace dataarts {

namespace {

int defaultPort(const QString &scheme)
{
    if (scheme == QLatin1String("https"))
        return 443;
    if (scheme == QLatin1String("http"))
        return 80;
    return -1;
}

} // namespace

SignableRequest SignableRequest::fromUrl(const QByteArray &method, const QUrl &url)
{
    SignableRequest out;
    out.method = method;
    out.scheme = url.scheme();
    out.host = url.host();
    out.port = url.port(-1);
    out.path = url.path(QUrl::FullyDecoded);
    if (out.path.isEmpty())
        out.path = QStringLiteral("/");
    // Split the encoded query ourselves: '+' is a literal plus, and a key without '='
    // is a key with an empty value.
    const QByteArray encodedQuery = url.query(QUrl::FullyEncoded).toLatin1();
    if (!encodedQuery.isEmpty()) {
        for (const QByteArray &pair : encodedQuery.split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            const QByteArray key = eq < 0 ? pair : pair.left(eq);
            const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
            out.query.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                              QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
        }
    }
    return out;
}

QString SignableRequest::hostHeader() const
{
    QString h = host;
    if (h.contains(QLatin1Char(':')))
        h = QLatin1Char('[') + h + QLatin1Char(']'); // IPv6 literal
    if (port >= 0 && port != defaultPort(scheme))
        h += QLatin1Char(':') + QString::number(port);
    return h;
}

QUrl SignableRequest::url() const
{
    QByteArray text = scheme.toLatin1() + "://" + hostHeader().toUtf8() + canonical::sentPath(path);
    const QByteArray q = canonical::query(query);
    if (!q.isEmpty())
        text += '?' + q;
    return QUrl::fromEncoded(text, QUrl::StrictMode);
}

QByteArray SignableRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool SignableRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void SignableRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

} // namespace dataarts
