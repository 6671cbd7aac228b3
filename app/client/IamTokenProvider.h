#pragma once

#include "ApiError.h"

#include "dto/IamToken.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace dataarts {

class IamTokenJob;
class Session;

// The IAM user token of a session that authenticates with a password (AuthMethod::
// IamPassword): fetched before the first call, shared by every job, fetched again when it
// gets close to expiry (or after a 401). One fetch at a time; jobs wait for it.
class IamTokenProvider : public QObject
{
    Q_OBJECT
public:
    explicit IamTokenProvider(Session *session);
    ~IamTokenProvider() override;

    // Calls done() with no error once a fresh token is there (at once when it already is),
    // or with the error of the fetch. Dropped when context goes away or cancel(context).
    void acquire(QObject *context, std::function<void(const ApiError &)> done);
    void cancel(QObject *context);

    // The current token (empty before the first fetch). A secret: never print it.
    QByteArray token() const { return m_token.token; }
    const IamToken &current() const { return m_token; }
    // Valid and not within the refresh margin of its expiry, by the session's clock.
    bool isFresh() const;
    // Forget the token (after a 401): the next acquire() fetches a new one.
    void invalidate();
    // How many fetches were started (for tests).
    int fetchCount() const { return m_fetches; }

signals:
    void tokenChanged();

private:
    void fetch();
    void onFetched();

    struct Waiter {
        QPointer<QObject> context;
        std::function<void(const ApiError &)> done;
    };

    Session *m_session;
    IamToken m_token;
    IamTokenJob *m_job = nullptr;
    QList<Waiter> m_waiters;
    int m_fetches = 0;
};

} // namespace dataarts
