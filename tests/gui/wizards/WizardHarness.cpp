#include "WizardHarness.h"

#include "client/Session.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace dataarts;

WizardHarness::WizardHarness(QStringList sandboxArguments)
    : sandbox(std::move(sandboxArguments))
{}

bool WizardHarness::start(QString *error)
{
    if (!sandbox.start()) {
        *error = sandbox.errorString();
        return false;
    }
    return reset(error);
}

bool WizardHarness::reset(QString *error)
{
    engine.reset();
    journal.reset();
    session = sandbox.newSession();
    journal = std::make_unique<Journal>(
        dir.filePath(QStringLiteral("journal-%1.sqlite").arg(++journals)));
    if (!journal->open()) {
        *error = QStringLiteral("journal did not open");
        return false;
    }
    engine = std::make_unique<BatchEngine>(session.get(), journal.get());
    return true;
}

QJsonArray WizardHarness::received(const QString &pathPattern, int limit)
{
    const QJsonObject answer = sandbox.client().controlJson(
        "GET", QStringLiteral("/__sandbox/requests?limit=%1&path=%2")
                   .arg(limit)
                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(pathPattern))));
    return answer.value(QStringLiteral("requests")).toArray();
}

bool WizardHarness::waitForRun(qint64 runId, int timeoutMs)
{
    QSignalSpy spy(engine.get(), &BatchEngine::runFinished);
    auto finished = [&] {
        for (const QList<QVariant> &args : std::as_const(spy)) {
            if (args.at(0).toLongLong() == runId)
                return true;
        }
        return false;
    };
    if (!engine->run(runId))
        return true;
    QElapsedTimer clock;
    clock.start();
    while (!finished() && clock.elapsed() < timeoutMs)
        spy.wait(200);
    return finished();
}

void WizardHarness::alt(QWidget *window, Qt::Key key)
{
    QWidget *target = QApplication::focusWidget();
    if (!target || target->window() != window)
        target = window;
    QTest::keyClick(target, key, Qt::AltModifier);
    // A button's mnemonic presses it and clicks it a moment later (animateClick).
    const QList<QAbstractButton *> buttons = window->findChildren<QAbstractButton *>();
    auto anyDown = [&buttons] {
        for (QAbstractButton *b : buttons) {
            if (b->isDown())
                return true;
        }
        return false;
    };
    QElapsedTimer clock;
    clock.start();
    while (anyDown() && clock.elapsed() < 10000)
        QTest::qWait(10);
}

void WizardHarness::retype(QWidget *window, const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    if (!target || target->window() != window)
        target = window;
    QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(target, Qt::Key_Delete);
    QTest::keyClicks(target, text);
}

void WizardHarness::typeLines(QWidget *editor, const QStringList &lines)
{
    for (const QString &line : lines) {
        QTest::keyClicks(editor, line);
        QTest::keyClick(editor, Qt::Key_Return);
    }
}

bool WizardHarness::passImpact(QWizard *wizard, int impactPageId, int timeoutMs)
{
    if (wizard->currentId() != impactPageId)
        return false;
    QWizardPage *page = wizard->currentPage();
    QElapsedTimer clock;
    clock.start();
    while (!page->isComplete() && clock.elapsed() < timeoutMs)
        QTest::qWait(20);
    if (!page->isComplete())
        return false;
    next(wizard);
    return wizard->currentId() != impactPageId;
}
