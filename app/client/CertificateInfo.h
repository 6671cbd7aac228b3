#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class QSslCertificate;

namespace dataarts {

// What a user needs to judge a certificate the client refused: who it names, who issued
// it, its validity and its SHA-256 fingerprint.
struct CertificateInfo {
    QString subject;
    QString issuer;
    QString serialNumber;
    QString sha256Fingerprint; // "AB:CD:..."
    QDateTime notBefore;
    QDateTime notAfter;
    bool selfSigned = false;

    static CertificateInfo from(const QSslCertificate &certificate);
    static QList<CertificateInfo> fromChain(const QList<QSslCertificate> &chain);
};

} // namespace dataarts
