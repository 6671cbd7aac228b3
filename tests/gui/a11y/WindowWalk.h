#pragma once

// Drives the real application (on the built-in Sandbox, already connected) through what a
// user sees, and hands each state to a visitor: every pane loaded with rows selected (the
// filter bar and the Details dock shown), the Approve and Reject dialogs and the
// approve-at dialog, every page of the batch-offline wizard (submitted, the run finished),
// the Progress dock with that run open and the resume banner offering it, every page of the
// API-action wizard (STOP; submitted or not). Failures are QTest failures of the calling
// test function (check QTest::currentTestFailed() after each step).
#include <QString>

#include <functional>

class QWidget;

namespace dataarts::ui {
class AppController;
}

namespace a11yTest {

class WindowWalk
{
public:
    using Visit = std::function<void(const QString &what, QWidget *window)>;

    WindowWalk(dataarts::ui::AppController *app, Visit visit);

    void panes();
    void dialogs();
    void offlineWizard(); // sets runId()
    void progress();      // the offline wizard's run
    void apiWizard(bool submit);

    qint64 runId() const { return m_runId; }
    qint64 apiRunId() const { return m_apiRunId; }

    void closeModal();
    void activateMainWindow();

private:
    dataarts::ui::AppController *m_app;
    Visit m_visit;
    qint64 m_runId = 0;
    qint64 m_apiRunId = 0;
};

} // namespace a11yTest
