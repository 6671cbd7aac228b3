#pragma once

#include "batch/RunSpec.h"
#include "dto/Approver.h"
#include "dto/BizInfo.h"

#include <QList>
#include <QPointer>
#include <QWizard>

namespace dataarts {
class BatchEngine;
class Session;
} // namespace dataarts

namespace dataarts::ui {

// The batch-offline wizard (issue 7; spec/product.md "Batch-offline wizard"): selection,
// pre-flight, approver, schedule and environment, review; Finish ("Submit") hands the run
// to the engine and emits runStarted(). One class per page; the simple values the pages
// share are QWizard fields (see the field names below), the lists live here.
class OfflineWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SelectionPageId, PreflightPageId, ApproverPageId, SchedulePageId, ReviewPageId };

    // Field names.
    static QString approverIdField() { return QStringLiteral("approverUserId"); }
    static QString approverNameField() { return QStringLiteral("approverUserName"); }
    static QString fastApprovalField() { return QStringLiteral("fastApproval"); }
    static QString scheduleEnabledField() { return QStringLiteral("scheduleEnabled"); }
    static QString scheduleTimeField() { return QStringLiteral("scheduleTime"); }
    static QString envTypeField() { return QStringLiteral("envType"); }
    static QString chunkSizeField() { return QStringLiteral("chunkSize"); }

    OfflineWizard(Session *session, BatchEngine *engine, const QList<BizInfo> &selection,
                  QWidget *parent = nullptr);

    Session *session() const { return m_session; }
    BatchEngine *engine() const { return m_engine; }
    const QList<BizInfo> &initialSelection() const { return m_initial; }

    // The signed-in user's name (IAM user, or the profile's user for AK/SK): fast approval
    // is offered when an approver has this name. Defaults to the settings' IAM user name.
    void setUserName(const QString &name) { m_userName = name; }
    QString userName() const { return m_userName; }
    // The profile's name, for the run and the CLI command (empty: connection by endpoint).
    void setProfileName(const QString &name) { m_profileName = name; }
    QString profileName() const { return m_profileName; }

    // Set by the pages.
    void setEntities(const QList<BizInfo> &entities) { m_entities = entities; }
    const QList<BizInfo> &entities() const { return m_entities; }
    void setToSend(const QList<BizInfo> &entities) { m_toSend = entities; }
    const QList<BizInfo> &toSend() const { return m_toSend; }

    // The options of the fields.
    ApprovalBatchRequest options() const;
    // The run the wizard would start now.
    RunSpec spec() const;
    // The CLI command for the same run.
    QString cliCommand() const;

signals:
    void runStarted(qint64 runId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Session *m_session;
    BatchEngine *m_engine;
    QList<BizInfo> m_initial;
    QList<BizInfo> m_entities;
    QList<BizInfo> m_toSend;
    QString m_userName;
    QString m_profileName;
};

} // namespace dataarts::ui
