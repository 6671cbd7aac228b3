#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <deque>

namespace dataarts::sandbox {

struct SandboxRequest;

// The last requests received (method, path, query, headers without Authorization, raw
// body), for tests that compare what the client sent byte for byte.
class RequestLog
{
public:
    static constexpr int Capacity = 5000;

    void append(const SandboxRequest &request, const QString &kind);
    void setOutcome(quint64 sequence, const QString &outcome);

    // Newest last; path: a regular expression; limit: how many of the newest.
    QJsonArray find(const QString &pathPattern, int limit, QString *error) const;

private:
    struct Entry {
        quint64 sequence = 0;
        qint64 receivedMs = 0;
        QByteArray method;
        QString path;
        QByteArray query;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QString kind;
        QString outcome; // status code, or the fault that replaced it
    };
    std::deque<Entry> m_entries;
};

} // namespace dataarts::sandbox
