#pragma once

// What the wizard GUI tests share: one dataarts-sandbox (throttling off), a session
// against it, a journal in a temporary folder and a batch engine; keyboard helpers.
#include "PaneSandbox.h"

#include "batch/BatchEngine.h"
#include "journal/Journal.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QWizard>

#include <memory>

class WizardHarness
{
public:
    explicit WizardHarness(QStringList sandboxArguments);

    bool start(QString *error);
    // A fresh session, journal and engine (per test function).
    bool reset(QString *error);

    PaneSandbox sandbox;
    QTemporaryDir dir;
    std::unique_ptr<dataarts::Session> session;
    std::unique_ptr<dataarts::Journal> journal;
    std::unique_ptr<dataarts::BatchEngine> engine;
    int journals = 0;

    QString userName() { return sandbox.process().value(QStringLiteral("user")); }
    // Requests the sandbox received whose path matches, oldest first (method, path, body).
    QJsonArray received(const QString &pathPattern, int limit = 2000);
    // Waits for a run to finish; false on timeout.
    bool waitForRun(qint64 runId, int timeoutMs = 60000);

    // Keyboard: Alt+<key> on the focus widget of the window.
    static void alt(QWidget *window, Qt::Key key);
    static void next(QWizard *wizard) { alt(wizard, Qt::Key_N); }
    // On the Impact page (impactPageId): waits for its check, then Next. False when the
    // wizard is on another page or the check does not end in time.
    static bool passImpact(QWizard *wizard, int impactPageId, int timeoutMs = 60000);
    // Types lines into a text box, Return after each.
    static void typeLines(QWidget *editor, const QStringList &lines);
    // Selects all of the focused line edit / spin box and types the text.
    static void retype(QWidget *window, const QString &text);
};
