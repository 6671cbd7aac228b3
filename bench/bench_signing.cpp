// signatures_per_s_vs_bare_hmac: full SDK-HMAC-SHA256 signing of a DataArts-shaped request
// against a bare HMAC-SHA256 of the same string to sign, timed alternately in one process.
#include "BenchReport.h"

#include "signing/RequestSigner.h"

#include <QMessageAuthenticationCode>
#include <QUrl>

using namespace dataarts;

int main(int argc, char **argv)
{
    BenchReport report(argc, argv);
    const QString name = QStringLiteral("signatures_per_s_vs_bare_hmac");
    if (!report.wanted(name))
        return 0;

    SignableRequest request = SignableRequest::fromUrl(
        "GET", QUrl(QStringLiteral("https://dayu.cn-north-4.myhuaweicloud.com/v2/"
                                   "0833a5737480d53b2f25c010dc1a7b88/design/all-tables"
                                   "?limit=100&offset=200&biz_type_list=TABLE_MODEL"
                                   "&biz_type_list=FACT_LOGIC_TABLE")));
    request.setHeader("Content-Type", "application/json;charset=UTF-8");
    request.setHeader("workspace", "e6a6b5d4f1b0419f9ea3f0bd0c08ef2e");
    request.setHeader("X-Project-Id", "0833a5737480d53b2f25c010dc1a7b88");
    const Credentials keys{QStringLiteral("HPUAEXAMPLEAK0000001"),
                           QByteArrayLiteral("sandbox-secret-key-0000000000000000000000"),
                           {}};
    const RequestSigner signer;
    const QByteArray stringToSign = signer.sign(request, keys).stringToSign;

    constexpr int batch = 20000;
    volatile qsizetype sink = 0;
    const auto full = [&] {
        for (int i = 0; i < batch; ++i)
            sink = sink + signer.sign(request, keys).signature.size();
    };
    const auto bare = [&] {
        for (int i = 0; i < batch; ++i)
            sink = sink + QMessageAuthenticationCode::hash(stringToSign, keys.secretKey,
                                                           QCryptographicHash::Sha256)
                              .toHex()
                              .size();
    };
    // The two hashes the algorithm cannot avoid: SHA-256 of the canonical request and the
    // HMAC itself. Their cost bounds the ratio from above whatever the signer does.
    const QByteArray canonicalRequest = signer.sign(request, keys).canonicalRequest;
    const auto floor = [&] {
        for (int i = 0; i < batch; ++i) {
            sink = sink +
                   QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256).size();
            sink = sink + QMessageAuthenticationCode::hash(stringToSign, keys.secretKey,
                                                           QCryptographicHash::Sha256)
                              .toHex()
                              .size();
        }
    };
    full(); // warm up
    bare();
    double fullSeconds = 0;
    double bareSeconds = 0;
    double floorSeconds = 0;
    for (int round = 0; round < 5; ++round) {
        fullSeconds += BenchReport::medianSeconds(1, full);
        bareSeconds += BenchReport::medianSeconds(1, bare);
        floorSeconds += BenchReport::medianSeconds(1, floor);
    }
    const double ratio = bareSeconds / fullSeconds; // rates: (batch/full) / (batch/bare)
    report.note(QStringLiteral("signatures_per_s"), 5.0 * batch / fullSeconds,
                QStringLiteral("1/s"));
    report.note(QStringLiteral("signing_hash_floor_vs_bare_hmac"), bareSeconds / floorSeconds,
                QStringLiteral("x_bare_hmac"));
    report.note(QStringLiteral("canonical_request_bytes"), canonicalRequest.size(),
                QStringLiteral("bytes"));
    report.report(name, ratio, QStringLiteral("x_bare_hmac"), QStringLiteral(">="), 0.5);
    return report.allPassed() ? 0 : 1;
}
