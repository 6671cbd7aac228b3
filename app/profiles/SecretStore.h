#pragma once

#include "profiles/SecretField.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>

namespace dataarts {

// The answer to one keychain operation.
struct SecretResult {
    enum Status {
        Ok,       // read: data holds the secret; write / remove: done
        NotFound, // read: no such entry
        Failed,   // errorString says why (translated)
    };
    Status status = Failed;
    QByteArray data;          // read only
    bool sessionOnly = false; // no keychain: served from / kept in memory for this run only
    QString errorString;
};

// The answer to an operation on several fields of one profile.
struct SecretBatchResult {
    bool ok = false;
    SecretValues values;        // read: what was found
    QList<SecretField> missing; // read: fields with no entry
    bool sessionOnly = false;
    QString errorString; // the first failure, translated
};

// A profile's secrets in the OS keychain through qtkeychain (service "dataarts-desk", key
// "<profile-id>/<field>"). Every operation is asynchronous and answers through a callback,
// always after the call returns, never when the context object is gone.
//
// Before the first operation the store checks that a secure keychain answers (a read of a
// probe key). On Linux a failure is retried once after a short delay, as a wallet may start
// late. With no keychain, availability() is Unavailable, unavailableReason() says so in
// words, and secrets are held in memory for this run only: nothing is written anywhere.
// The insecure fallback of qtkeychain (plain text in a file) is never used.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Availability { Unknown, Checking, Available, Unavailable };
    Q_ENUM(Availability)

    using Callback = std::function<void(const SecretResult &)>;
    using BatchCallback = std::function<void(const SecretBatchResult &)>;

    static QString serviceName(); // "dataarts-desk"
    static QString keyFor(const QUuid &profile, SecretField field);

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    Availability availability() const { return m_availability; }
    bool isPersistent() const { return m_availability == Availability::Available; }
    // Translated explanation for the "no keychain" banner; empty unless Unavailable.
    QString unavailableReason() const { return m_reason; }
    // The keychain's own words for the failure (part of unavailableReason()).
    QString unavailableDetail() const { return m_detail; }
    // How many probes the last check took (1, or 2 after a retry).
    int availabilityAttempts() const { return m_attempts; }

    // Starts the check if it has not run yet; availabilityChanged() reports the outcome.
    // The first operation starts it too.
    void checkAvailability();
    // Delay before the one retry of a failed check; negative: no retry. Default 1500 ms
    // on Linux and other Unix desktops, no retry elsewhere.
    void setRetryDelay(int ms) { m_retryDelayMs = ms; }
    int retryDelay() const { return m_retryDelayMs; }
    // How long one probe may take before it counts as failed (default 20 s).
    void setProbeTimeout(int ms) { m_probeTimeoutMs = ms; }

    void read(const QUuid &profile, SecretField field, QObject *context, Callback done);
    // Creates or replaces the entry.
    void write(const QUuid &profile, SecretField field, const QByteArray &secret, QObject *context,
               Callback done);
    // Ok when no entry remains (also when there was none).
    void remove(const QUuid &profile, SecretField field, QObject *context, Callback done);

    // Several fields, one after the other. readFields: ok unless a read failed (missing
    // entries are listed, not failures). writeFields: stops at the first failure.
    // removeProfile: deletes every field of the profile; ok when none remains.
    void readFields(const QUuid &profile, const QList<SecretField> &fields, QObject *context,
                    BatchCallback done);
    void writeFields(const QUuid &profile, const SecretValues &values, QObject *context,
                     BatchCallback done);
    void removeFields(const QUuid &profile, const QList<SecretField> &fields, QObject *context,
                      BatchCallback done);
    void removeProfile(const QUuid &profile, QObject *context, BatchCallback done);

signals:
    void availabilityChanged(dataarts::SecretStore::Availability availability);

private:
    struct BatchRun;
    void startBatch(const std::shared_ptr<BatchRun> &run, QObject *context);
    void whenReady(std::function<void()> operation);
    void probe();
    void probeFailed(const QString &detail, bool retryable);
    void setAvailability(Availability availability, const QString &detail = QString());
    void becomeUnavailable(const QString &detail);
    void post(std::function<void()> call);

    Availability m_availability = Availability::Unknown;
    QString m_reason;
    QString m_detail;
    int m_attempts = 0;
    int m_retryDelayMs;
    int m_probeTimeoutMs = 20000;
    quint64 m_probeGeneration = 0;
    QList<std::function<void()>> m_pending;
    QHash<QString, QByteArray> m_memory; // Unavailable only: this run's secrets
};

} // namespace dataarts
