#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace dataarts {

using QueryItem = QPair<QString, QString>;
using QueryItems = QList<QueryItem>;
using HeaderItem = QPair<QByteArray, QByteArray>;
using HeaderItems = QList<HeaderItem>;

// A request as the signer sees it: decoded path and query, raw header values and the
// exact body bytes that will be sent. Pure data; no network.
struct SignableRequest {
    QByteArray method = "GET";
    QString scheme = QStringLiteral("https");
    QString host;
    int port = -1;                      // -1: the scheme's default port
    QString path = QStringLiteral("/"); // decoded, segments separated by '/'
    QueryItems query;    // decoded keys and values; a value-less key has an empty value
    HeaderItems headers; // names as given; values as given
    QByteArray body;

    // Parses a URL (its path and query are percent-decoded).
    static SignableRequest fromUrl(const QByteArray &method, const QUrl &url);

    // The value of the Host header an HTTP client sends for this request: the host, and
    // the port only when it is not the scheme's default.
    QString hostHeader() const;

    // The URL to send: path and query encoded exactly as they are signed.
    QUrl url() const;

    // Header lookup, case-insensitive; null when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);
};

} // namespace dataarts
