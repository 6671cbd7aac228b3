// sandbox_signed_requests_per_s: signed GETs answered per second by dataarts-sandbox (zero
// latency, 100,000 tables / 2,000 APIs / 3 clusters) from 200 keep-alive connections
// driven by raw sockets in this process, every request freshly signed.
// sandbox_startup_100k_vs_bare: time until that sandbox has printed its start-up lines,
// over the time of a bare start of the same binary with --help.
#include "BenchReport.h"

#include "signing/RequestSigner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <vector>

using namespace dataarts;

namespace {

QString sandboxPath()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/dataarts-sandbox");
}

const QStringList kLarge = {QStringLiteral("--port"),     QStringLiteral("0"),
                            QStringLiteral("--tables"),   QStringLiteral("100000"),
                            QStringLiteral("--apis"),     QStringLiteral("2000"),
                            QStringLiteral("--clusters"), QStringLiteral("3")};

struct Started {
    std::unique_ptr<QProcess> process;
    QHash<QString, QString> values;
    QUrl url;
    double seconds = 0;
};

// Starts the sandbox and reads its start-up lines (through the "region" line).
Started startSandbox(const QStringList &args)
{
    Started s;
    s.process = std::make_unique<QProcess>();
    QElapsedTimer timer;
    timer.start();
    s.process->start(sandboxPath(), args);
    QByteArray out;
    while (!out.contains("\nregion=") && s.process->waitForReadyRead(30000))
        out += s.process->readAllStandardOutput();
    while (!out.endsWith('\n') && s.process->waitForReadyRead(1000))
        out += s.process->readAllStandardOutput();
    s.seconds = timer.nsecsElapsed() / 1e9;
    const QList<QByteArray> lines = out.split('\n');
    s.url = QUrl(QString::fromUtf8(lines.value(0)));
    for (const QByteArray &line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            s.values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return s;
}

void stop(Started &s)
{
    s.process->terminate();
    s.process->waitForFinished(10000);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// One keep-alive connection sending signed requests back to back.
class Worker : public QObject
{
public:
    Worker(const Started &sandbox, int index, int *answered, int *failed)
        : m_sandbox(sandbox)
        , m_index(index)
        , m_answered(answered)
        , m_failed(failed)
        , m_credentials{sandbox.values.value(QStringLiteral("ak")),
                        sandbox.values.value(QStringLiteral("sk")).toUtf8(),
                        {}}
    {
        connect(&m_socket, &QTcpSocket::connected, this, &Worker::send);
        connect(&m_socket, &QTcpSocket::readyRead, this, &Worker::read);
        m_socket.connectToHost(sandbox.url.host(), quint16(sandbox.url.port()));
    }

    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

private:
    void send()
    {
        const QString pid = m_sandbox.values.value(QStringLiteral("project_id"));
        SignableRequest r;
        r.scheme = QStringLiteral("http");
        r.host = m_sandbox.url.host();
        r.port = m_sandbox.url.port();
        switch ((m_index + m_sent++) % 3) {
        case 0:
            r.path = QStringLiteral("/v2/%1/design/all-tables").arg(pid);
            r.query = {{QStringLiteral("biz_type_list"), QStringLiteral("TABLE_MODEL")},
                       {QStringLiteral("limit"), QStringLiteral("10")},
                       {QStringLiteral("offset"), QString::number((m_sent % 50) * 10)}};
            r.setHeader("Content-Type", "application/json;charset=UTF-8");
            r.setHeader("X-Project-Id", pid.toUtf8());
            break;
        case 1:
            r.path = QStringLiteral("/v1/%1/service/apis").arg(pid);
            r.query = {{QStringLiteral("limit"), QStringLiteral("10")}};
            r.setHeader("Content-Type", "application/json");
            break;
        default:
            r.path = QStringLiteral("/v2/%1/design/approvals/users").arg(pid);
            r.setHeader("Content-Type", "application/json;charset=UTF-8");
            r.setHeader("X-Project-Id", pid.toUtf8());
            break;
        }
        r.setHeader("workspace", m_sandbox.values.value(QStringLiteral("workspace")).toUtf8());
        const SignedRequest signedRequest = m_signer.sign(r, m_credentials);
        const QUrl url = signedRequest.request.url();
        QByteArray text = "GET " + url.path(QUrl::FullyEncoded).toLatin1();
        if (url.hasQuery())
            text += '?' + url.query(QUrl::FullyEncoded).toLatin1();
        text += " HTTP/1.1\r\nHost: " + r.hostHeader().toLatin1() + "\r\n";
        for (const HeaderItem &h : signedRequest.headersToSend)
            text += h.first + ": " + h.second + "\r\n";
        text += "\r\n";
        m_socket.write(text);
        m_socket.flush();
    }

    void read()
    {
        m_buffer += m_socket.readAll();
        while (true) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const qsizetype lengthAt = m_buffer.indexOf("Content-Length: ");
            qsizetype length = 0;
            if (lengthAt >= 0 && lengthAt < end) {
                const qsizetype eol = m_buffer.indexOf("\r\n", lengthAt);
                length = m_buffer.mid(lengthAt + 16, eol - lengthAt - 16).toLongLong();
            }
            if (m_buffer.size() < end + 4 + length)
                return;
            if (m_buffer.startsWith("HTTP/1.1 200"))
                ++*m_answered;
            else
                ++*m_failed;
            m_buffer.remove(0, end + 4 + length);
            send();
        }
    }

    const Started &m_sandbox;
    int m_index;
    int *m_answered;
    int *m_failed;
    Credentials m_credentials;
    RequestSigner m_signer;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    int m_sent = 0;
};

// Runs the event loop for `ms` milliseconds.
void spin(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    BenchReport report(argc, argv);
    const QString throughput = QStringLiteral("sandbox_signed_requests_per_s");
    const QString startup = QStringLiteral("sandbox_startup_100k_vs_bare");

    if (report.wanted(startup)) {
        std::vector<double> bare;
        std::vector<double> large;
        for (int i = 0; i < 5; ++i) {
            QProcess p;
            QElapsedTimer t;
            t.start();
            p.start(sandboxPath(), {QStringLiteral("--help")});
            p.waitForFinished(30000);
            bare.push_back(t.nsecsElapsed() / 1e9);
            Started s = startSandbox(kLarge);
            large.push_back(s.seconds);
            stop(s);
        }
        report.note(QStringLiteral("sandbox_startup_100k_s"), median(large), QStringLiteral("s"));
        report.report(startup, median(large) / median(bare), QStringLiteral("x_bare_start"),
                      QStringLiteral("<="), 10.0);
    }

    if (report.wanted(throughput)) {
        Started sandbox = startSandbox(
            kLarge + QStringList{QStringLiteral("--rate-limit"), QStringLiteral("off")});
        if (!sandbox.url.isValid()) {
            std::fprintf(stderr, "bench_sandbox: the sandbox did not start\n");
            return 1;
        }
        constexpr int connections = 200;
        int answered = 0;
        int failed = 0;
        std::vector<std::unique_ptr<Worker>> workers;
        for (int i = 0; i < connections; ++i)
            workers.push_back(std::make_unique<Worker>(sandbox, i, &answered, &failed));
        spin(1500); // connect and warm up
        int open = 0;
        for (const auto &w : workers)
            open += w->connected() ? 1 : 0;
        const int before = answered;
        QElapsedTimer timer;
        timer.start();
        spin(5000);
        const double seconds = timer.nsecsElapsed() / 1e9;
        const double rate = (answered - before) / seconds;
        workers.clear();
        stop(sandbox);
        report.note(QStringLiteral("sandbox_open_connections"), open,
                    QStringLiteral("connections"));
        report.note(QStringLiteral("sandbox_non_200_answers"), failed, QStringLiteral("answers"));
        report.report(throughput, open >= connections && failed == 0 ? rate : 0.0,
                      QStringLiteral("1/s"), QStringLiteral(">="), 2000.0);
    }
    return report.allPassed() ? 0 : 1;
}
