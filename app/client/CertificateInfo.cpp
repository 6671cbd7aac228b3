#include "CertificateInfo.h"

#include <QSslCertificate>

namespace dataarts {

namespace {

QString describe(const QSslCertificate &c, bool issuer)
{
    const auto info = [&](QSslCertificate::SubjectInfo field) {
        const QStringList v = issuer ? c.issuerInfo(field) : c.subjectInfo(field);
        return v.join(QLatin1String(", "));
    };
    QStringList parts;
    const QString cn = info(QSslCertificate::CommonName);
    const QString o = info(QSslCertificate::Organization);
    if (!cn.isEmpty())
        parts << QStringLiteral("CN=") + cn;
    if (!o.isEmpty())
        parts << QStringLiteral("O=") + o;
    if (parts.isEmpty())
        return issuer ? c.issuerDisplayName() : c.subjectDisplayName();
    return parts.join(QLatin1String(", "));
}

} // namespace

CertificateInfo CertificateInfo::from(const QSslCertificate &certificate)
{
    CertificateInfo out;
    if (certificate.isNull())
        return out;
    out.subject = describe(certificate, false);
    out.issuer = describe(certificate, true);
    out.serialNumber = QString::fromLatin1(certificate.serialNumber());
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper();
    out.sha256Fingerprint = QString::fromLatin1(digest);
    out.notBefore = certificate.effectiveDate();
    out.notAfter = certificate.expiryDate();
    out.selfSigned = certificate.isSelfSigned();
    return out;
}

QList<CertificateInfo> CertificateInfo::fromChain(const QList<QSslCertificate> &chain)
{
    QList<CertificateInfo> out;
    out.reserve(chain.size());
    for (const QSslCertificate &c : chain)
        out.append(from(c));
    return out;
}

} // namespace dataarts
