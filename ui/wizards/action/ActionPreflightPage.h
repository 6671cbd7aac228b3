#pragma once

#include "dto/ApiActionInstance.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace dataarts {
class ListJob;
class Pager;
} // namespace dataarts

namespace dataarts::ui {

class ApiActionWizard;
class BusyPanel;

// Page 3: for every API, the "instances valid for this action" call
// (GET .../apis/{api_id}/instances?action=); pairs whose cluster answers result=false are
// listed with the server's cause and left out, as are clusters the answer does not name.
// A few APIs are asked at a time. Not complete until every answer is in; failed calls show
// Retry (which asks again for those only).
class ActionPreflightPage : public QWizardPage
{
    Q_OBJECT
public:
    static constexpr int kParallel = 4;

    explicit ActionPreflightPage(ApiActionWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    // The Impact page for UNPUBLISH and STOP; RECOVER takes nothing away, so it goes on to
    // the effective time.
    int nextId() const override;

    int includedCount() const;
    int excludedCount() const;
    QTreeWidget *excludedList() const { return m_excluded; }
    BusyPanel *busyPanel() const { return m_busy; }
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void stopAll();
    void retryFailed();
    void startMore();
    void onPage(const QString &apiId, ListJob *job);
    void onFinished(const QString &apiId, Pager *pager);
    void showProgress();
    void showResults();
    void retranslateUi();

    ApiActionWizard *m_wizard;
    BusyPanel *m_busy;
    QLabel *m_counts;
    QTreeWidget *m_excluded;
    QLabel *m_error;
    QStringList m_queue;                                // APIs still to ask
    QHash<QString, QPointer<Pager>> m_running;          // API -> its walk
    QHash<QString, QList<ApiActionInstance>> m_partial; // pages so far
    QHash<QString, QList<ApiActionInstance>> m_answers; // API -> clusters
    QHash<QString, QString> m_failures;                 // API -> error message
    int m_apis = 0;
    bool m_done = false;
};

} // namespace dataarts::ui
