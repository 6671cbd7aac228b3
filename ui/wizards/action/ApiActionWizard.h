#pragma once

#include "panes/common/ApiTarget.h"

#include "batch/RunSpec.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTimeZone>
#include <QWizard>

namespace dataarts {
class BatchEngine;
class Session;
} // namespace dataarts

namespace dataarts::ui {

// The API-action wizard (issue 7; spec/product.md "API-action wizard"): targets, action,
// pre-flight, effective time, review; Finish ("Submit") hands the run to the engine and
// emits runStarted(). Fields: action (an ApiAction as int) and effectiveTime (the wire
// string); the pair lists live here.
class ApiActionWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { TargetsPageId, ActionPageId, PreflightPageId, TimePageId, ReviewPageId };
    using Pair = QPair<QString, QString>; // api_id, instance_id

    static QString actionField() { return QStringLiteral("action"); }
    static QString timeField() { return QStringLiteral("effectiveTime"); }

    ApiActionWizard(Session *session, BatchEngine *engine, const QList<ApiTarget> &selection,
                    QWidget *parent = nullptr);

    Session *session() const { return m_session; }
    BatchEngine *engine() const { return m_engine; }
    const QList<ApiTarget> &initialSelection() const { return m_initial; }

    void setProfileName(const QString &name) { m_profileName = name; }
    QString profileName() const { return m_profileName; }
    void setUserName(const QString &name) { m_userName = name; }
    QString userName() const { return m_userName; }
    // The zone times are shown in (default: the system's).
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    QTimeZone timeZone() const { return m_zone; }

    // Names for display, from the pane's selection and the pre-flight answers.
    QString apiName(const QString &apiId) const { return m_apiNames.value(apiId); }
    QString clusterName(const QString &instanceId) const;
    void setClusterName(const QString &instanceId, const QString &name);

    void setTargets(const QList<Pair> &targets) { m_targets = targets; }
    const QList<Pair> &targets() const { return m_targets; }
    void setToSend(const QList<Pair> &pairs) { m_toSend = pairs; }
    const QList<Pair> &toSend() const { return m_toSend; }

    ApiAction action() const;
    RunSpec spec() const;
    QString cliCommand() const;

signals:
    void runStarted(qint64 runId);

protected:
    void changeEvent(QEvent *event) override;

private:
    Session *m_session;
    BatchEngine *m_engine;
    QList<ApiTarget> m_initial;
    QHash<QString, QString> m_apiNames;
    QHash<QString, QString> m_clusterNames;
    QList<Pair> m_targets;
    QList<Pair> m_toSend;
    QString m_profileName;
    QString m_userName;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace dataarts::ui
