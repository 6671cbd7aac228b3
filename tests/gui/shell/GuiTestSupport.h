#pragma once

#include "client/ConnectionSettings.h"
#include "i18n/Language.h"
#include "panes/Pane.h"
#include "profiles/Profile.h"
#include "profiles/SecretField.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "shell/PaneArea.h"

#include <QApplication>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class QWidget;

namespace dataarts {
class ProfileStore;
class SecretStore;
} // namespace dataarts

namespace guiTest {

// Points the per-user folders (XDG config, data, cache) at a fresh temporary folder for the
// whole test process, before any QSettings exists: the app's settings and profiles file of
// one test never meet another's. Child processes inherit it.
class IsolatedUserFolders
{
public:
    IsolatedUserFolders();
    QString root() const { return m_dir.path(); }
    // The folders a secret must never reach: HOME and the XDG folders.
    static QStringList scannedFolders();

private:
    QTemporaryDir m_dir;
};

// The sandbox data sizes the GUI tests use (small: they start in a blink).
QStringList smallSandboxArguments();

// A stored AK/SK profile for a sandbox (keys to the real keychain); null id on failure.
dataarts::Profile storeProfile(dataarts::ProfileStore *store, dataarts::SecretStore *secrets,
                               const QString &name, const QUrl &endpoint, const QString &projectId,
                               const QString &workspace, const QByteArray &ak,
                               const QByteArray &sk);
// Deletes the keychain entries of these profiles (clean-up).
void forgetSecrets(const QList<QUuid> &profiles);

// Every focusable, visible widget under root whose accessible name is empty.
QStringList widgetsWithoutAccessibleName(QWidget *root);

// A minimal pane: records what the window hands it and emits what a test asks for.
class TestPane : public dataarts::ui::Pane
{
    Q_OBJECT
public:
    explicit TestPane(const QString &title, QWidget *parent = nullptr);
    QString title() const override { return m_title; }
    QIcon icon() const override;
    void setSession(dataarts::Session *session) override;
    void refresh() override { ++refreshes; }

    void report(const QString &status, bool loading, int selection, const Fields &fields,
                int badge);

    dataarts::Session *session = nullptr;
    int sessionChanges = 0;
    int refreshes = 0;

private:
    QString m_title;
};

// The application window's pane of type T, or null.
template <typename T>
T *paneOf(dataarts::ui::AppController &app)
{
    for (dataarts::ui::Pane *pane : app.window()->paneArea()->panes()) {
        if (auto *p = qobject_cast<T *>(pane))
            return p;
    }
    return nullptr;
}

} // namespace guiTest

// A test's main(): isolated user folders, then the application, fixed DPI, the test.
#define DESK_GUI_TEST_MAIN(TestObject)                                                             \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        guiTest::IsolatedUserFolders folders;                                                      \
        QApplication::setAttribute(Qt::AA_Use96Dpi, true);                                         \
        QApplication app(argc, argv);                                                              \
        QApplication::setOrganizationName(QStringLiteral("DataArtsDesk"));                         \
        QApplication::setApplicationName(QStringLiteral("dataarts-desk"));                         \
        QApplication::setApplicationVersion(QStringLiteral(DESK_VERSION));                         \
        TestObject test;                                                                           \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
