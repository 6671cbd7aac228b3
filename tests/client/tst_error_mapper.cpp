// One mapper from network error + HTTP status + error body to a typed ApiError: both
// Architecture error shapes and DataService's, clock skew from Date, Retry-After, the
// unknown outcome of non-idempotent requests, bad bodies on success.
#include "client/ErrorMapper.h"
#include "client/HttpDate.h"
#include "client/ServiceErrorBody.h"

#include "dto/ApprovalBatchRequest.h"
#include "i18n/Language.h"

#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace dataarts;
using Kind = ApiError::Kind;
using Problem = ApiError::BodyProblem;

namespace {

ReplyFacts answer(int status, const QByteArray &body,
                  const QByteArray &contentType = "application/json")
{
    ReplyFacts f;
    f.httpStatus = status;
    f.body = body;
    f.contentType = contentType;
    f.contentLength = body.size();
    f.requestSent = true;
    f.localTime = QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());
    if (status >= 400)
        f.networkError = QNetworkReply::UnknownContentError;
    return f;
}

ReplyFacts post(ReplyFacts f)
{
    f.idempotent = false;
    return f;
}

ApiError mapped(const ReplyFacts &f)
{
    return errorMapper::map(f);
}

} // namespace

class TestErrorMapper : public QObject
{
    Q_OBJECT
private slots:
    void successParsesJson();
    void decodeErrors();
    void successWithoutBodyWhenNoneExpected();
    void architectureTopLevelShape();
    void architectureErrorsArrayShape();
    void dataServiceShape();
    void nestedAndCodeMessageShapes();
    void statusGroups_data();
    void statusGroups();
    void rateLimitedWithRetryAfter();
    void unauthorizedIsNotSkewWithinThreshold();
    void clockSkewFromDate();
    void clockSkewFromMessage();
    void serverErrorOnGetVersusPost();
    void networkErrorBeforeAndAfterSend();
    void contentReSendCountsAsSent();
    void timeoutsAndCancel();
    void tooLarge();
    void tlsErrorsCarryCertificates();
    void badBodies_data();
    void badBodies();
    void badBodyOnPostIsUnknownOutcome();
    void htmlErrorPage();
    void unreadableRefusals();
    void redirectNotFollowed();
    void requestIdKept();
    void httpDates();
    void retryAfterValues();
    void messagesAreNotEmpty();
    void messagesTranslated();
};

void TestErrorMapper::successParsesJson()
{
    QVERIFY(!mapped(answer(200, R"({"a":1})")).isError());
    QVERIFY(!mapped(answer(200, R"({"a":1})", "application/json;charset=UTF-8")).isError());
    QVERIFY(!mapped(answer(200, R"({"a":1})", {})).isError()); // no content type: decoded
}

void TestErrorMapper::decodeErrors()
{
    const DecodeError cut{DecodeError::Problem::Truncated, QStringLiteral("data"),
                          QStringLiteral("unterminated string"), 17};
    ApiError e = errorMapper::fromDecodeError(cut, true, 200);
    QCOMPARE(e.kind, Kind::BadResponse);
    QCOMPARE(e.bodyProblem, Problem::Truncated);
    QVERIFY(e.detail.contains(QLatin1String("17")));
    e = errorMapper::fromDecodeError(cut, false, 200);
    QCOMPARE(e.kind, Kind::UnknownOutcome);
    QCOMPARE(e.cause, Kind::BadResponse);
    const DecodeError shape{DecodeError::Problem::Shape, QStringLiteral("data.value.records[3].id"),
                            QStringLiteral("expected an id"), -1};
    e = errorMapper::fromDecodeError(shape, true, 200);
    QCOMPARE(e.bodyProblem, Problem::UnexpectedShape);
    QVERIFY(e.message().contains(QLatin1String("records[3]")));
    const DecodeError bad{DecodeError::Problem::Malformed, {}, QStringLiteral("x"), 1};
    QCOMPARE(errorMapper::fromDecodeError(bad, true, 200).bodyProblem, Problem::Malformed);
    QVERIFY(!errorMapper::fromDecodeError(DecodeError(), true, 200).isError());
}

void TestErrorMapper::successWithoutBodyWhenNoneExpected()
{
    ReplyFacts f = post(answer(204, {}, {}));
    f.expectJson = false;
    QVERIFY(!mapped(f).isError());
    ReplyFacts g = answer(200, {}, {});
    g.allowEmptyBody = true;
    QVERIFY(!mapped(g).isError());
    // A JSON call with an empty 200 is a bad answer.
    QCOMPARE(mapped(answer(200, {}, {})).bodyProblem, Problem::Empty);
}

void TestErrorMapper::architectureTopLevelShape()
{
    const ApiError e = mapped(answer(
        400, R"({"error_code":"DS.6000","error_msg":"请求失败：biz_infos 不能为空","data":null})"));
    QCOMPARE(e.kind, Kind::BadRequest);
    QCOMPARE(e.code, QStringLiteral("DS.6000"));
    QCOMPARE(e.serverMessage, QStringLiteral("请求失败：biz_infos 不能为空"));
    QCOMPARE(e.httpStatus, 400);
}

void TestErrorMapper::architectureErrorsArrayShape()
{
    const ApiError e = mapped(answer(
        404, R"({"errors":[{"error_code":"DLG.6007","error_msg":"table model not found"}]})"));
    QCOMPARE(e.kind, Kind::NotFound);
    QCOMPARE(e.code, QStringLiteral("DLG.6007"));
    QCOMPARE(e.serverMessage, QStringLiteral("table model not found"));
}

void TestErrorMapper::dataServiceShape()
{
    const ApiError e = mapped(
        answer(400, R"({"error_code":"DLM.4182","error_msg":"The API is already offline."})"));
    QCOMPARE(e.kind, Kind::BadRequest);
    QCOMPARE(e.code, QStringLiteral("DLM.4182"));
    QVERIFY(e.message().contains(QLatin1String("The API is already offline.")));
    QVERIFY(e.message().contains(QLatin1String("DLM.4182")));
}

void TestErrorMapper::nestedAndCodeMessageShapes()
{
    QCOMPARE(ServiceErrorBody::parse(R"({"code":"X.1","message":"m"})").code,
             QStringLiteral("X.1"));
    const ServiceErrorBody nested = ServiceErrorBody::parse(
        R"({"outer":{"inner":{"error_code":"APIGW.0301","error_msg":"bad sig"}}})");
    QCOMPARE(nested.code, QStringLiteral("APIGW.0301"));
    QCOMPARE(nested.message, QStringLiteral("bad sig"));
    QVERIFY(!ServiceErrorBody::parse("<html>").found);
    QVERIFY(!ServiceErrorBody::parse(R"({"error_msg":"no code"})").found);
    QVERIFY(!ServiceErrorBody::parse(R"([{"error_code":"A"}])").found);
}

void TestErrorMapper::statusGroups_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("400") << 400 << Kind::BadRequest;
    QTest::newRow("401") << 401 << Kind::Unauthorized;
    QTest::newRow("403") << 403 << Kind::Forbidden;
    QTest::newRow("404") << 404 << Kind::NotFound;
    QTest::newRow("409") << 409 << Kind::ClientError;
    QTest::newRow("429") << 429 << Kind::RateLimited;
    QTest::newRow("500") << 500 << Kind::ServerError;
    QTest::newRow("503") << 503 << Kind::ServerError;
}

void TestErrorMapper::statusGroups()
{
    QFETCH(int, status);
    QFETCH(Kind, kind);
    const ApiError e = mapped(answer(status, R"({"error_code":"E.1","error_msg":"m"})"));
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.httpStatus, status);
}

void TestErrorMapper::rateLimitedWithRetryAfter()
{
    ReplyFacts f = answer(
        429,
        R"({"error_code":"APIGW.0308","error_msg":"The throttling threshold has been reached"})");
    f.retryAfter = "3";
    ApiError e = mapped(f);
    QCOMPARE(e.kind, Kind::RateLimited);
    QCOMPARE(e.retryAfterMs, 3000);
    // Not sent again blindly, but a 429 never counts as "may have been applied".
    e = mapped(post(f));
    QCOMPARE(e.kind, Kind::RateLimited);
    f.retryAfter.clear();
    QCOMPARE(mapped(f).retryAfterMs, -1);
    // The code alone says throttled, whatever the status.
    QCOMPARE(mapped(answer(403, R"({"error_code":"APIGW.0308","error_msg":"x"})")).kind,
             Kind::RateLimited);
}

void TestErrorMapper::unauthorizedIsNotSkewWithinThreshold()
{
    ReplyFacts f = answer(
        401,
        R"({"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information: verify aksk signature fail"})");
    f.dateHeader = "Sun, 01 Mar 2026 12:05:00 GMT"; // 5 min off: not skew
    const ApiError e = mapped(f);
    QCOMPARE(e.kind, Kind::Unauthorized);
    QCOMPARE(e.code, QStringLiteral("APIGW.0301"));
}

void TestErrorMapper::clockSkewFromDate()
{
    ReplyFacts f = answer(
        401,
        R"({"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information"})");
    f.dateHeader = "Sun, 01 Mar 2026 12:20:00 GMT";
    const ApiError e = mapped(f);
    QCOMPARE(e.kind, Kind::ClockSkew);
    QCOMPARE(e.clockOffsetMs, 20 * 60 * 1000);
    QCOMPARE(e.serverTime, QDateTime(QDate(2026, 3, 1), QTime(12, 20), QTimeZone::utc()));
    f.dateHeader = "Sun, 01 Mar 2026 11:39:00 GMT";
    QCOMPARE(mapped(f).clockOffsetMs, -21 * 60 * 1000);
}

void TestErrorMapper::clockSkewFromMessage()
{
    ReplyFacts f = answer(
        401,
        R"({"error_code":"APIGW.0301","error_msg":"Signature expired: request time 20260301T115000Z, server time 20260301T120600Z"})");
    f.dateHeader = "Sun, 01 Mar 2026 12:00:03 GMT";
    const ApiError e = mapped(f);
    QCOMPARE(e.kind, Kind::ClockSkew);
    QCOMPARE(e.clockOffsetMs, 3000);
    QVERIFY(errorMapper::saysSignatureExpired(QStringLiteral("签名已过期")));
}

void TestErrorMapper::serverErrorOnGetVersusPost()
{
    const ReplyFacts f = answer(503, R"({"error_code":"DS.6000","error_msg":"busy"})");
    QCOMPARE(mapped(f).kind, Kind::ServerError);
    const ApiError e = mapped(post(f));
    QCOMPARE(e.kind, Kind::UnknownOutcome);
    QCOMPARE(e.cause, Kind::ServerError);
    QCOMPARE(e.httpStatus, 503);
    QVERIFY(e.mayHaveBeenApplied());
}

void TestErrorMapper::networkErrorBeforeAndAfterSend()
{
    ReplyFacts f;
    f.idempotent = false;
    f.networkError = QNetworkReply::ConnectionRefusedError;
    f.networkErrorString = QStringLiteral("Connection refused");
    f.requestSent = false;
    ApiError e = mapped(f);
    QCOMPARE(e.kind, Kind::Network); // provably never reached the server
    QCOMPARE(e.detail, QStringLiteral("Connection refused"));
    f.networkError = QNetworkReply::RemoteHostClosedError;
    f.requestSent = true;
    e = mapped(f);
    QCOMPARE(e.kind, Kind::UnknownOutcome);
    QCOMPARE(e.cause, Kind::Network);
    f.idempotent = true;
    QCOMPARE(mapped(f).kind, Kind::Network);
}

void TestErrorMapper::contentReSendCountsAsSent()
{
    ReplyFacts f;
    f.idempotent = false;
    f.networkError = QNetworkReply::ContentReSendError;
    f.requestSent = false;
    QCOMPARE(mapped(f).kind, Kind::UnknownOutcome);
}

void TestErrorMapper::timeoutsAndCancel()
{
    ReplyFacts f;
    f.networkError = QNetworkReply::OperationCanceledError;
    f.abort = ReplyFacts::Abort::ConnectTimeout;
    ApiError e = mapped(f);
    QCOMPARE(e.kind, Kind::Timeout);
    QCOMPARE(e.timeoutPhase, ApiError::TimeoutPhase::Connect);
    f.abort = ReplyFacts::Abort::TransferTimeout;
    f.requestSent = true;
    QCOMPARE(mapped(f).timeoutPhase, ApiError::TimeoutPhase::Transfer);
    f.abort = ReplyFacts::Abort::Cancelled;
    QCOMPARE(mapped(f).kind, Kind::Cancelled);
    f.idempotent = false;
    e = mapped(f);
    QCOMPARE(e.kind, Kind::UnknownOutcome);
    QCOMPARE(e.cause, Kind::Cancelled);
    f.abort = ReplyFacts::Abort::TransferTimeout;
    QCOMPARE(mapped(f).cause, Kind::Timeout);
    f.requestSent = false;
    f.abort = ReplyFacts::Abort::Cancelled;
    QCOMPARE(mapped(f).kind, Kind::Cancelled);
}

void TestErrorMapper::tooLarge()
{
    ReplyFacts f = answer(200, "{");
    f.abort = ReplyFacts::Abort::TooLarge;
    f.sizeLimit = 1024;
    const ApiError e = mapped(f);
    QCOMPARE(e.kind, Kind::TooLarge);
    QCOMPARE(e.sizeLimit, 1024);
}

void TestErrorMapper::tlsErrorsCarryCertificates()
{
    ReplyFacts f;
    f.networkError = QNetworkReply::SslHandshakeFailedError;
    f.tlsErrors = {QStringLiteral("The certificate is self-signed, and untrusted")};
    CertificateInfo c;
    c.subject = QStringLiteral("CN=127.0.0.1");
    c.sha256Fingerprint = QStringLiteral("AA:BB");
    f.certificates = {c};
    const ApiError e = mapped(f);
    QCOMPARE(e.kind, Kind::Tls);
    QCOMPARE(e.certificates.size(), 1);
    QVERIFY(e.message().contains(QLatin1String("AA:BB")));
    QVERIFY(e.message().contains(QLatin1String("self-signed")));
}

void TestErrorMapper::badBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<qint64>("contentLength");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<Problem>("problem");
    const int ok = QNetworkReply::NoError;
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                          << QByteArray("text/html") << qint64(-1) << ok << Problem::Html;
    QTest::newRow("html as json") << QByteArray("  <!DOCTYPE html><p>x")
                                  << QByteArray("application/json") << qint64(-1) << ok
                                  << Problem::Html;
    QTest::newRow("text") << QByteArray("OK") << QByteArray("text/plain") << qint64(-1) << ok
                          << Problem::WrongContentType;
    QTest::newRow("short length") << QByteArray(R"({"a":1})") << QByteArray("application/json")
                                  << qint64(100) << ok << Problem::Truncated;
    QTest::newRow("closed early") << QByteArray(R"({"a":)") << QByteArray("application/json")
                                  << qint64(-1) << int(QNetworkReply::RemoteHostClosedError)
                                  << Problem::Truncated;
    QTest::newRow("empty") << QByteArray(" \n") << QByteArray("application/json") << qint64(-1)
                           << ok << Problem::Empty;
}

void TestErrorMapper::badBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(qint64, contentLength);
    QFETCH(int, networkError);
    QFETCH(Problem, problem);
    ReplyFacts f = answer(200, body, contentType);
    f.contentLength = contentLength;
    f.networkError = QNetworkReply::NetworkError(networkError);
    const ApiError e = mapped(f);
    QCOMPARE(e.kind, Kind::BadResponse);
    QCOMPARE(e.bodyProblem, problem);
    QVERIFY(!e.message().isEmpty());
}

void TestErrorMapper::badBodyOnPostIsUnknownOutcome()
{
    ReplyFacts f = post(answer(200, R"({"data":{"value":)"));
    f.contentLength = 100;
    const ApiError e = mapped(f);
    QCOMPARE(e.kind, Kind::UnknownOutcome);
    QCOMPARE(e.cause, Kind::BadResponse);
    QCOMPARE(e.bodyProblem, Problem::Truncated);
}

void TestErrorMapper::htmlErrorPage()
{
    const ApiError e = mapped(
        answer(502, "<html><head><title>502 Bad Gateway</title></head></html>", "text/html"));
    QCOMPARE(e.kind, Kind::ServerError);
    QCOMPARE(e.bodyProblem, Problem::Html);
    QVERIFY(e.code.isEmpty());
}

void TestErrorMapper::unreadableRefusals()
{
    // A 4xx whose body names no service error: why it was refused is unknown (issue 18).
    const ApiError empty = mapped(post(answer(400, {})));
    QCOMPARE(empty.kind, Kind::BadRequest);
    QCOMPARE(empty.bodyProblem, Problem::Empty);
    QVERIFY(empty.isUnreadableRefusal());
    const ApiError html = mapped(post(answer(400, "<html><body>400</body></html>", "text/html")));
    QCOMPARE(html.bodyProblem, Problem::Html);
    QVERIFY(html.isUnreadableRefusal());
    ReplyFacts cut = post(answer(400, R"({"error_code":"DLM.41)"));
    cut.contentLength = 100;
    const ApiError truncated = mapped(cut);
    QCOMPARE(truncated.bodyProblem, Problem::Truncated);
    QVERIFY(truncated.isUnreadableRefusal());
    const ApiError broken = mapped(post(answer(400, R"({"error_code":)")));
    QCOMPARE(broken.bodyProblem, Problem::Malformed);
    QVERIFY(broken.isUnreadableRefusal());
    // Readable refusals, and statuses handled on their own, are not.
    QVERIFY(!mapped(post(answer(400, R"({"error_code":"DLM.4182","error_msg":"x"})")))
                 .isUnreadableRefusal());
    QVERIFY(!mapped(post(answer(401, {}))).isUnreadableRefusal());
    QVERIFY(!mapped(post(answer(429, {}))).isUnreadableRefusal());
    QVERIFY(!mapped(post(answer(500, {}))).isUnreadableRefusal());
}

void TestErrorMapper::redirectNotFollowed()
{
    ReplyFacts f = answer(302, {}, {});
    f.location = "https://login.example/";
    const ApiError e = mapped(f);
    QCOMPARE(e.kind, Kind::ClientError);
    QVERIFY(e.detail.contains(QLatin1String("login.example")));
}

void TestErrorMapper::requestIdKept()
{
    ReplyFacts f = answer(400, R"({"error_code":"DS.6000","error_msg":"x"})");
    f.requestId = "0a1b2c3d";
    QCOMPARE(mapped(f).requestId, QStringLiteral("0a1b2c3d"));
}

void TestErrorMapper::httpDates()
{
    const QDateTime expected(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc());
    QCOMPARE(httpDate::parse("Sun, 06 Nov 1994 08:49:37 GMT"), expected);
    QCOMPARE(httpDate::parse("Sunday, 06-Nov-94 08:49:37 GMT"), expected);
    QCOMPARE(httpDate::parse("Sun Nov  6 08:49:37 1994"), expected);
    QVERIFY(!httpDate::parse("Sun, 06 Nov 1994 08:49:37 CET").isValid());
    QVERIFY(!httpDate::parse("Sun, 31 Feb 1994 08:49:37 GMT").isValid());
    QVERIFY(!httpDate::parse("").isValid());
    QVERIFY(!httpDate::parse("garbage").isValid());
}

void TestErrorMapper::retryAfterValues()
{
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());
    QCOMPARE(httpDate::retryAfterMs("2", now), 2000);
    QCOMPARE(httpDate::retryAfterMs("Sun, 01 Mar 2026 12:00:07 GMT", now), 7000);
    QCOMPARE(httpDate::retryAfterMs("Sun, 01 Mar 2026 11:00:00 GMT", now), 0);
    QCOMPARE(httpDate::retryAfterMs("-5", now), -1);
    QCOMPARE(httpDate::retryAfterMs("soon", now), -1);
}

void TestErrorMapper::messagesAreNotEmpty()
{
    for (int k = int(Kind::InvalidInput); k <= int(Kind::UnknownOutcome); ++k) {
        ApiError e;
        e.kind = Kind(k);
        e.cause = Kind::ServerError;
        e.httpStatus = 500;
        QVERIFY2(!e.message().isEmpty(), qPrintable(ApiError::kindName(e.kind)));
        QVERIFY(ApiError::kindName(e.kind) != QLatin1String("?"));
    }
    QVERIFY(!ApiError::describeCode(QStringLiteral("DLM.4182")).isEmpty());
    QVERIFY(!ApiError::describeCode(QStringLiteral("DLM.4093")).isEmpty()); // not the reviewer
    QVERIFY(ApiError::describeCode(QStringLiteral("XYZ.1")).isEmpty());
}

void TestErrorMapper::messagesTranslated()
{
    ApiError e =
        mapped(answer(400, R"({"error_code":"DLM.4182","error_msg":"API already offline"})"));
    ApiError skew;
    skew.kind = Kind::ClockSkew;
    skew.clockOffsetMs = 20 * 60 * 1000;
    const QString english = e.message();
    QVERIFY(english.contains(QLatin1String("not allowed")));
    Language language;
    QVERIFY(language.apply(QStringLiteral("zh_CN")));
    const QString chinese = e.message();
    language.apply(QStringLiteral("en"));
    QVERIFY2(chinese.contains(QStringLiteral("不允许")), qPrintable(chinese));
    QVERIFY(chinese.contains(QLatin1String("API already offline"))); // the server's words, verbatim
    QVERIFY(chinese.contains(QLatin1String("DLM.4182")));
    QVERIFY(language.apply(QStringLiteral("zh_CN")));
    const QString skewText = skew.message();
    const QString validation = BatchOfflineRequest().validate();
    language.apply(QStringLiteral("en"));
    QVERIFY2(skewText.contains(QStringLiteral("20 分钟")), qPrintable(skewText));
    QVERIFY2(validation.contains(QStringLiteral("实体")), qPrintable(validation));
    QCOMPARE(e.message(), english);
}

QTEST_GUILESS_MAIN(TestErrorMapper)
#include "tst_error_mapper.moc"
