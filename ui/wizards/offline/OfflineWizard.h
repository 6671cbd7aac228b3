#pragma once

#include "wizards/common/RunWizard.h"

#include "dto/AllTable.h"
#include "dto/Approver.h"
#include "dto/BizInfo.h"

#include <QHash>
#include <QList>

namespace dataarts::ui {

// The batch-offline wizard (issue 7; spec/product.md "Batch-offline wizard"): selection,
// pre-flight, approver, schedule and environment, review; Finish ("Submit") hands the run
// to the engine and emits runStarted(). One class per page; the simple values the pages
// share are QWizard fields (see the field names below), the lists live here.
class OfflineWizard : public RunWizard
{
    Q_OBJECT
public:
    enum PageId {
        SelectionPageId,
        PreflightPageId,
        ImpactPageId,
        ApproverPageId,
        SchedulePageId,
        ReviewPageId
    };

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

    const QList<BizInfo> &initialSelection() const { return m_initial; }
    // The names the pane knew, by biz_id (the first page lists the targets by name).
    void setNames(const QHash<QString, QString> &names) { m_names = names; }
    QString entityName(const QString &bizId) const;
    // (userName(): fast approval is offered when an approver has this name.)

    // Set by the pages.
    void setEntities(const QList<BizInfo> &entities) { m_entities = entities; }
    const QList<BizInfo> &entities() const { return m_entities; }
    void setToSend(const QList<BizInfo> &entities) { m_toSend = entities; }
    const QList<BizInfo> &toSend() const { return m_toSend; }
    // The tables as the pre-flight read them (names, table names, databases), by id.
    void setTables(const QHash<QString, AllTable> &tables) { m_tables = tables; }
    const QHash<QString, AllTable> &tables() const { return m_tables; }

    QList<ImpactTarget> impactTargets() const override;
    void leaveOut(const QStringList &keys) override;

    // The options of the fields.
    ApprovalBatchRequest options() const;
    RunSpec spec() const override;
    QString cliCommand() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QList<BizInfo> m_initial;
    QList<BizInfo> m_entities;
    QList<BizInfo> m_toSend;
    QHash<QString, AllTable> m_tables;
    QHash<QString, QString> m_names;
};

} // namespace dataarts::ui
