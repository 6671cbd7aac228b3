#include "SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

#include <memory>

namespace dataarts {
namespace {

const QString kProbeKey = QStringLiteral("availability-probe");

// A keychain error that means "no usable keychain here" rather than "this entry".
bool isBackendError(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError ||
           error == QKeychain::NotImplemented;
}

// Jobs have no parent: a job deletes itself once finished (autoDelete), even when the
// store is gone by then (a late answer after a probe timeout), so that no job is deleted
// while the keychain is still working on it. Their connections use the store as context.
template <typename Job>
Job *newJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text in a file
    job->setKey(key);
    return job;
}

} // namespace

QString SecretStore::serviceName()
{
    return QStringLiteral("dataarts-desk");
}

QString SecretStore::keyFor(const QUuid &profile, SecretField field)
{
    return profile.toString(QUuid::WithoutBraces) + QLatin1Char('/') + secretFields::name(field);
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    m_retryDelayMs = 1500;
#else
    m_retryDelayMs = -1;
#endif
}

SecretStore::~SecretStore() = default;

void SecretStore::post(std::function<void()> call)
{
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}

void SecretStore::setAvailability(Availability availability, const QString &detail)
{
    m_availability = availability;
    m_detail = availability == Availability::Unavailable
                   ? (detail.isEmpty() ? tr("no answer") : detail)
                   : QString();
    if (availability == Availability::Unavailable) {
        m_reason = tr("No secure keychain is available (%1). Secrets are kept in memory for "
                      "this session only; nothing is written to disk. Start the desktop "
                      "keyring (for example GNOME Keyring or KWallet) to save them.")
                       .arg(m_detail);
    } else {
        m_reason.clear();
    }
    emit availabilityChanged(availability);
    if (availability == Availability::Available || availability == Availability::Unavailable) {
        const QList<std::function<void()>> pending = std::exchange(m_pending, {});
        for (const auto &operation : pending)
            operation();
    }
}

void SecretStore::becomeUnavailable(const QString &detail)
{
    if (m_availability != Availability::Unavailable)
        setAvailability(Availability::Unavailable, detail);
}

void SecretStore::checkAvailability()
{
    if (m_availability != Availability::Unknown)
        return;
    m_attempts = 0;
    setAvailability(Availability::Checking);
    probe();
}

void SecretStore::probe()
{
    ++m_attempts;
    const quint64 generation = ++m_probeGeneration;
    auto *job = newJob<QKeychain::ReadPasswordJob>(serviceName(), kProbeKey);
    connect(job, &QKeychain::Job::finished, this, [this, generation](QKeychain::Job *done) {
        if (generation != m_probeGeneration || m_availability != Availability::Checking)
            return; // timed out already
        ++m_probeGeneration;
        const QKeychain::Error error = done->error();
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound)
            setAvailability(Availability::Available);
        else
            probeFailed(done->errorString(), error != QKeychain::AccessDeniedByUser);
    });
    QTimer::singleShot(m_probeTimeoutMs, this, [this, generation] {
        if (generation != m_probeGeneration || m_availability != Availability::Checking)
            return;
        ++m_probeGeneration;
        probeFailed(tr("the keychain did not answer"), true);
    });
    job->start();
}

void SecretStore::probeFailed(const QString &detail, bool retryable)
{
    if (retryable && m_retryDelayMs >= 0 && m_attempts < 2) {
        QTimer::singleShot(m_retryDelayMs, this, [this] {
            if (m_availability == Availability::Checking)
                probe();
        });
        return;
    }
    setAvailability(Availability::Unavailable, detail);
}

void SecretStore::whenReady(std::function<void()> operation)
{
    if (m_availability == Availability::Available || m_availability == Availability::Unavailable) {
        operation();
        return;
    }
    m_pending.append(std::move(operation));
    checkAvailability();
}

void SecretStore::read(const QUuid &profile, SecretField field, QObject *context, Callback done)
{
    Q_ASSERT(context);
    const QString key = keyFor(profile, field);
    QPointer<QObject> guard(context);
    whenReady([this, key, guard, done] {
        if (m_availability == Availability::Unavailable) {
            SecretResult result;
            result.sessionOnly = true;
            const auto it = m_memory.constFind(key);
            result.status = it == m_memory.cend() ? SecretResult::NotFound : SecretResult::Ok;
            if (it != m_memory.cend())
                result.data = it.value();
            post([guard, done, result] {
                if (guard)
                    done(result);
            });
            return;
        }
        auto *job = newJob<QKeychain::ReadPasswordJob>(serviceName(), key);
        connect(job, &QKeychain::Job::finished, this, [guard, done](QKeychain::Job *finished) {
            SecretResult result;
            switch (finished->error()) {
            case QKeychain::NoError:
                result.status = SecretResult::Ok;
                result.data = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
                break;
            case QKeychain::EntryNotFound:
                result.status = SecretResult::NotFound;
                break;
            default:
                result.status = SecretResult::Failed;
                result.errorString =
                    tr("Cannot read from the keychain: %1").arg(finished->errorString());
                break;
            }
            if (guard)
                done(result);
        });
        job->start();
    });
}

void SecretStore::write(const QUuid &profile, SecretField field, const QByteArray &secret,
                        QObject *context, Callback done)
{
    Q_ASSERT(context);
    const QString key = keyFor(profile, field);
    QPointer<QObject> guard(context);
    whenReady([this, key, secret, guard, done] {
        const auto keepInMemory = [this, key, secret, guard, done] {
            m_memory.insert(key, secret);
            SecretResult result;
            result.status = SecretResult::Ok;
            result.sessionOnly = true;
            post([guard, done, result] {
                if (guard)
                    done(result);
            });
        };
        if (m_availability == Availability::Unavailable) {
            keepInMemory();
            return;
        }
        auto *job = newJob<QKeychain::WritePasswordJob>(serviceName(), key);
        job->setBinaryData(secret);
        connect(job, &QKeychain::Job::finished, this,
                [this, guard, done, keepInMemory](QKeychain::Job *finished) {
                    const QKeychain::Error error = finished->error();
                    if (error == QKeychain::NoError) {
                        SecretResult result;
                        result.status = SecretResult::Ok;
                        if (guard)
                            done(result);
                    } else if (isBackendError(error)) {
                        // The keychain answered the probe but cannot store (no collection,
                        // service gone): same as no keychain, and the secret is not lost.
                        becomeUnavailable(finished->errorString());
                        keepInMemory();
                    } else {
                        SecretResult result;
                        result.status = SecretResult::Failed;
                        result.errorString =
                            tr("Cannot save to the keychain: %1").arg(finished->errorString());
                        if (guard)
                            done(result);
                    }
                });
        job->start();
    });
}

void SecretStore::remove(const QUuid &profile, SecretField field, QObject *context, Callback done)
{
    Q_ASSERT(context);
    const QString key = keyFor(profile, field);
    QPointer<QObject> guard(context);
    whenReady([this, key, guard, done] {
        m_memory.remove(key);
        if (m_availability == Availability::Unavailable) {
            SecretResult result;
            result.status = SecretResult::Ok;
            result.sessionOnly = true;
            post([guard, done, result] {
                if (guard)
                    done(result);
            });
            return;
        }
        auto *job = newJob<QKeychain::DeletePasswordJob>(serviceName(), key);
        connect(job, &QKeychain::Job::finished, this, [guard, done](QKeychain::Job *finished) {
            SecretResult result;
            const QKeychain::Error error = finished->error();
            if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
                result.status = SecretResult::Ok;
            } else {
                result.status = SecretResult::Failed;
                result.errorString =
                    tr("Cannot delete from the keychain: %1").arg(finished->errorString());
            }
            if (guard)
                done(result);
        });
        job->start();
    });
}

// Runs one single-field operation per field, one after the other, then answers once.
struct SecretStore::BatchRun {
    QList<SecretField> fields;
    qsizetype next = 0;
    SecretBatchResult result;
    bool stopOnFailure = false;
    bool collectValues = false;
    std::function<void(SecretField, SecretStore::Callback)> step;
    SecretStore::BatchCallback done;

    static void advance(const std::shared_ptr<BatchRun> &run)
    {
        if (run->next >= run->fields.size() ||
            (run->stopOnFailure && !run->result.errorString.isEmpty())) {
            run->result.ok = run->result.errorString.isEmpty();
            run->done(run->result);
            return;
        }
        const SecretField field = run->fields.at(run->next++);
        run->step(field, [run, field](const SecretResult &one) {
            run->result.sessionOnly = run->result.sessionOnly || one.sessionOnly;
            if (one.status == SecretResult::Ok && run->collectValues)
                run->result.values.insert(field, one.data);
            else if (one.status == SecretResult::NotFound)
                run->result.missing.append(field);
            else if (one.status == SecretResult::Failed && run->result.errorString.isEmpty())
                run->result.errorString = one.errorString;
            advance(run);
        });
    }
};

void SecretStore::startBatch(const std::shared_ptr<BatchRun> &run, QObject *context)
{
    if (!run->fields.isEmpty()) {
        BatchRun::advance(run);
        return;
    }
    QPointer<QObject> guard(context);
    post([guard, run] {
        if (guard)
            BatchRun::advance(run);
    });
}

void SecretStore::readFields(const QUuid &profile, const QList<SecretField> &fields,
                             QObject *context, BatchCallback done)
{
    auto run = std::make_shared<BatchRun>();
    run->fields = fields;
    run->collectValues = true;
    run->done = std::move(done);
    run->step = [this, profile, context](SecretField field, Callback next) {
        read(profile, field, context, std::move(next));
    };
    startBatch(run, context);
}

void SecretStore::writeFields(const QUuid &profile, const SecretValues &values, QObject *context,
                              BatchCallback done)
{
    auto run = std::make_shared<BatchRun>();
    for (SecretField field : secretFields::all()) {
        if (values.contains(field))
            run->fields.append(field);
    }
    run->stopOnFailure = true;
    run->done = std::move(done);
    run->step = [this, profile, values, context](SecretField field, Callback next) {
        write(profile, field, values.value(field), context, std::move(next));
    };
    startBatch(run, context);
}

void SecretStore::removeFields(const QUuid &profile, const QList<SecretField> &fields,
                               QObject *context, BatchCallback done)
{
    auto run = std::make_shared<BatchRun>();
    run->fields = fields;
    run->done = std::move(done);
    run->step = [this, profile, context](SecretField field, Callback next) {
        remove(profile, field, context, std::move(next));
    };
    startBatch(run, context);
}

void SecretStore::removeProfile(const QUuid &profile, QObject *context, BatchCallback done)
{
    removeFields(profile, secretFields::all(), context, std::move(done));
}

} // namespace dataarts
