#pragma once

#include "panes/common/ApiTarget.h"

#include "wizards/common/RunWizard.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QTimeZone>

namespace dataarts::ui {

// The API-action wizard (issue 7; spec/product.md "API-action wizard"): targets, action,
// pre-flight, effective time, review; Finish ("Submit") hands the run to the engine and
// emits runStarted(). Fields: action (an ApiAction as int) and effectiveTime (the wire
// string); the pair lists live here.
class ApiActionWizard : public RunWizard
{
    Q_OBJECT
public:
    enum PageId {
        TargetsPageId,
        ActionPageId,
        PreflightPageId,
        ImpactPageId, // UNPUBLISH and STOP only
        TimePageId,
        ReviewPageId
    };
    using Pair = QPair<QString, QString>; // api_id, instance_id

    static QString actionField() { return QStringLiteral("action"); }
    static QString timeField() { return QStringLiteral("effectiveTime"); }

    ApiActionWizard(Session *session, BatchEngine *engine, const QList<ApiTarget> &selection,
                    QWidget *parent = nullptr);

    const QList<ApiTarget> &initialSelection() const { return m_initial; }

    // The zone times are shown in (default: the system's).
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    QTimeZone timeZone() const { return m_zone; }

    // Names for display, from the pane's selection and the pre-flight answers.
    QString apiName(const QString &apiId) const { return m_apiNames.value(apiId); }
    // The API's reviewer as the pane knew it; empty when not known.
    QString reviewer(const QString &apiId) const { return m_reviewers.value(apiId); }
    QString clusterName(const QString &instanceId) const;
    void setClusterName(const QString &instanceId, const QString &name);

    void setTargets(const QList<Pair> &targets) { m_targets = targets; }
    const QList<Pair> &targets() const { return m_targets; }
    void setToSend(const QList<Pair> &pairs) { m_toSend = pairs; }
    const QList<Pair> &toSend() const { return m_toSend; }

    ApiAction action() const;
    // Preselects the action on the action page (the window's Unpublish, Stop, Recover).
    void setAction(ApiAction action);
    RunSpec spec() const override;
    QList<ImpactTarget> impactTargets() const override;
    void leaveOut(const QStringList &keys) override;
    QString cliCommand() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QList<ApiTarget> m_initial;
    QHash<QString, QString> m_apiNames;
    QHash<QString, QString> m_reviewers;
    QHash<QString, QString> m_clusterNames;
    QList<Pair> m_targets;
    QList<Pair> m_toSend;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace dataarts::ui
