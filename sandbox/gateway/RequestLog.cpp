#include "RequestLog.h"

#include "core/TimeFormat.h"
#include "http/HttpTypes.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace dataarts::sandbox {

void RequestLog::append(const SandboxRequest &request, const QString &kind)
{
    Entry e;
    e.sequence = request.sequence;
    e.receivedMs = request.receivedMs;
    e.method = request.method();
    e.path = request.path();
    e.query = request.rawQuery;
    for (const HeaderItem &h : request.http.headers) {
        const QByteArray lower = h.first.toLower();
        if (lower == "authorization")
            continue;
        // Tokens are credentials too: show that one was sent, not what it was.
        if (lower == "x-auth-token" || lower == "x-security-token")
            e.headers.append({h.first, QByteArrayLiteral("<redacted>")});
        else
            e.headers.append(h);
    }
    // The IAM token request carries a password.
    e.body = kind == QLatin1String("iam.tokens") ? QByteArrayLiteral("<redacted: credentials>")
                                                 : request.http.body;
    e.kind = kind;
    m_entries.push_back(std::move(e));
    while (m_entries.size() > size_t(Capacity))
        m_entries.pop_front();
}

void RequestLog::setOutcome(quint64 sequence, const QString &outcome)
{
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (it->sequence == sequence) {
            it->outcome = outcome;
            return;
        }
        if (it->sequence < sequence)
            return;
    }
}

QJsonArray RequestLog::find(const QString &pathPattern, int limit, QString *error) const
{
    const QRegularExpression pattern(pathPattern.isEmpty() ? QStringLiteral(".*") : pathPattern);
    if (!pattern.isValid()) {
        *error =
            QStringLiteral("path is not a valid regular expression: %1").arg(pattern.errorString());
        return {};
    }
    QList<const Entry *> hits;
    for (auto it = m_entries.rbegin(); it != m_entries.rend() && hits.size() < limit; ++it) {
        if (pattern.match(it->path).hasMatch())
            hits.prepend(&*it);
    }
    QJsonArray out;
    for (const Entry *e : hits) {
        QJsonObject headers;
        for (const auto &h : e->headers)
            headers.insert(QString::fromLatin1(h.first.toLower()), QString::fromUtf8(h.second));
        out.append(QJsonObject{
            {QStringLiteral("sequence"), qint64(e->sequence)},
            {QStringLiteral("time"), timefmt::isoMillis(e->receivedMs)},
            {QStringLiteral("method"), QString::fromLatin1(e->method)},
            {QStringLiteral("path"), e->path},
            {QStringLiteral("query"), QString::fromUtf8(e->query)},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("body"), QString::fromUtf8(e->body)},
            {QStringLiteral("kind"), e->kind},
            {QStringLiteral("outcome"), e->outcome},
        });
    }
    return out;
}

} // namespace dataarts::sandbox
