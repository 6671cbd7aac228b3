// The error mapper with everything an answer can carry: status, flags, network error, the
// Content-Type, Date, Retry-After and X-Request-Id headers and the body; then the message
// in both languages' code paths, the service error body parser and the log redaction.
#include "FuzzSupport.h"

#include "client/ErrorMapper.h"
#include "client/HttpDate.h"
#include "client/Redaction.h"
#include "client/ServiceErrorBody.h"

#include <QList>
#include <QTimeZone>

using namespace dataarts;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    ReplyFacts f;
    f.httpStatus = (data[0] << 8 | data[1]) % 700;
    const uint8_t flags = data[2];
    f.idempotent = flags & 1;
    f.expectJson = flags & 2;
    f.requestSent = flags & 4;
    f.allowEmptyBody = flags & 8;
    f.abort = ReplyFacts::Abort((flags >> 4) % 5);
    f.networkError = QNetworkReply::NetworkError(data[3] % 3 == 0 ? 0 : data[3]);
    f.sizeLimit = 1 << 20;
    f.localTime = QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());
    // Header lines, then the body: "content-type\ndate\nretry-after\nrequest-id\nbody".
    const QByteArray rest = fuzz::bytes(data + 4, size - 4);
    QList<QByteArray> parts;
    qsizetype from = 0;
    for (int i = 0; i < 4; ++i) {
        const qsizetype nl = rest.indexOf('\n', from);
        if (nl < 0)
            break;
        parts << rest.mid(from, nl - from);
        from = nl + 1;
    }
    while (parts.size() < 4)
        parts << QByteArray();
    f.contentType = parts[0];
    f.dateHeader = parts[1];
    f.retryAfter = parts[2];
    f.requestId = parts[3];
    f.body = rest.mid(from);
    f.contentLength = (flags & 64) ? f.body.size() + 1 : -1;

    const ApiError e = errorMapper::map(f);
    if (e.kind == ApiError::Kind::UnknownOutcome &&
        (f.idempotent || (!f.requestSent && f.networkError != QNetworkReply::ContentReSendError)))
        std::abort(); // only a non-idempotent request that left has an unknown outcome
    if (e.kind == ApiError::Kind::RateLimited && e.retryAfterMs < -1)
        std::abort();
    (void)e.message();
    (void)ApiError::kindName(e.kind);
    (void)ServiceErrorBody::parse(f.body);
    (void)httpDate::parse(f.dateHeader);
    (void)httpDate::retryAfterMs(f.retryAfter, f.localTime);
    const QByteArray logged = redact::body(f.body, 256);
    if (logged.size() > 256 + 3)
        std::abort(); // the log cap holds ("…" is 3 bytes)
    return 0;
}
