#pragma once

#include "batch/RunSpec.h"
#include "impact/ImpactCache.h"
#include "impact/ImpactTarget.h"

#include <QWizard>

namespace dataarts {
class BatchEngine;
class Session;
} // namespace dataarts

namespace dataarts::ui {

// What the batch-offline and API-action wizards share: the session and engine they work
// on, who runs it (the profile's and the user's names, recorded with the run), the run the
// wizard would start now and the CLI command for the same run. The review page (RunReviewPage)
// starts spec() on the engine and emits runStarted().
class RunWizard : public QWizard
{
    Q_OBJECT
public:
    Session *session() const { return m_session; }
    BatchEngine *engine() const { return m_engine; }

    // The signed-in user's name. Defaults to the settings' IAM user name.
    void setUserName(const QString &name) { m_userName = name; }
    QString userName() const { return m_userName; }
    // The profile's name, for the run and the CLI command (empty: connection by endpoint).
    void setProfileName(const QString &name) { m_profileName = name; }
    QString profileName() const { return m_profileName; }

    // The run the wizard would start now.
    virtual RunSpec spec() const = 0;
    // The CLI command for the same run (empty without a session).
    virtual QString cliCommand() const = 0;

    // What the Impact page checks: the targets that would be sent now, with their names.
    virtual QList<ImpactTarget> impactTargets() const = 0;
    // Leaves these targets (ImpactTarget::key()) out of what is sent.
    virtual void leaveOut(const QStringList &keys) = 0;
    // The impact reads' answers, kept for the life of the wizard.
    ImpactCache *impactCache() { return &m_impactCache; }

signals:
    void runStarted(qint64 runId);

protected:
    // objectName: the wizard's object name (tests find it by that).
    RunWizard(Session *session, BatchEngine *engine, const QString &objectName, QWidget *parent);
    // The names recorded with every run (profile, user).
    RunSpec stamped(RunSpec spec) const;
    // Keeps the wizard's size for the next time (appSettings::wizardSize).
    void done(int result) override;

private:

private:
    Session *m_session;
    BatchEngine *m_engine;
    QString m_userName;
    QString m_profileName;
    ImpactCache m_impactCache;
};

} // namespace dataarts::ui
