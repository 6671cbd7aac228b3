#pragma once

// Drives the real application (on the built-in Sandbox, already connected) through what a
// user sees, and hands each state to a visitor: every pane loaded with rows selected (the
// filter bar and the Details dock shown; the Approvals pane in both of its lists), the Approve and Reject dialogs and the
// approve-at dialog, every page of the batch-offline wizard (submitted, the run finished),
// the Progress dock with that run open and the resume banner offering it, every page of the
// API-action wizard (STOP; submitted or not). Failures are QTest failures of the calling
// test function (check QTest::currentTestFailed() after each step).
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QWidget;

namespace dataarts {
class Language;
}
namespace dataarts::ui {
class AppController;
}

namespace a11yTest {

// The application in this language (kept in the settings, as the View menu does), its
// window shown at the size it chooses itself.
void open(std::unique_ptr<dataarts::ui::AppController> &app, dataarts::Language *language,
          const QString &code);
// Opens the built-in Sandbox (the small data of the GUI tests) and waits for the connection.
void startOnSandbox(dataarts::ui::AppController *app);
// Closes what is open, quits and waits for the application to finish; forgets the language.
void quit(std::unique_ptr<dataarts::ui::AppController> &app);

// Removes repeated findings, prints each as a warning, and says how many there were.
QString warnEach(QStringList *found, const QString &what);

class WindowWalk
{
public:
    using Visit = std::function<void(const QString &what, QWidget *window)>;

    WindowWalk(dataarts::ui::AppController *app, Visit visit);

    // All of it in order: panes, what afterPanes visits, dialogs, the offline wizard, the
    // Progress dock, the API wizard.
    void everything(const std::function<void()> &afterPanes = {}, bool submitApi = false);

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
