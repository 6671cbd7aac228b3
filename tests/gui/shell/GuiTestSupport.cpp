#include "GuiTestSupport.h"

#include "KeyringWitness.h"

#include "profiles/ProfileStore.h"
#include "profiles/SaveProfileJob.h"
#include "profiles/SecretStore.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QDir>
#include <QSignalSpy>
#include <QWidget>

namespace guiTest {

IsolatedUserFolders::IsolatedUserFolders()
{
    const QString root = m_dir.path();
    for (const char *name : {"config", "data", "cache", "state"})
        QDir(root).mkpath(QLatin1String(name));
    qputenv("XDG_CONFIG_HOME", QDir(root).filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", QDir(root).filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", QDir(root).filePath(QStringLiteral("cache")).toUtf8());
    qputenv("XDG_STATE_HOME", QDir(root).filePath(QStringLiteral("state")).toUtf8());
}

QStringList IsolatedUserFolders::scannedFolders()
{
    QStringList folders = {QDir::homePath()};
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                             "XDG_RUNTIME_DIR"}) {
        const QString path = qEnvironmentVariable(name);
        if (!path.isEmpty() && QDir(path).exists())
            folders << path;
    }
    return folders;
}

QStringList smallSandboxArguments()
{
    return {QStringLiteral("--tables"), QStringLiteral("50"),         QStringLiteral("--apis"),
            QStringLiteral("10"),       QStringLiteral("--clusters"), QStringLiteral("1")};
}

dataarts::Profile storeProfile(dataarts::ProfileStore *store, dataarts::SecretStore *secrets,
                               const QString &name, const QUrl &endpoint, const QString &projectId,
                               const QString &workspace, const QByteArray &ak, const QByteArray &sk)
{
    using namespace dataarts;
    Profile p = Profile::create();
    p.displayName = name;
    p.customEndpoint = endpoint.toString();
    p.projectId = projectId;
    p.workspaceId = workspace;
    p.proxyMode = ProxyMode::None;
    SaveProfileJob job(store, secrets);
    job.setSecrets({{SecretField::AccessKey, ak}, {SecretField::SecretKey, sk}});
    QSignalSpy finished(&job, &SaveProfileJob::finished);
    job.start(p);
    if (!finished.wait(30000) || !finished.at(0).at(0).toBool())
        return Profile();
    return job.profile();
}

void forgetSecrets(const QList<QUuid> &profiles)
{
    for (const QUuid &id : profiles) {
        for (const char *field : {"ak", "sk", "iam_password", "proxy_password"})
            keyringWitness::clear(id.toString(QUuid::WithoutBraces) + QLatin1Char('/') +
                                  QLatin1String(field));
    }
}

QStringList widgetsWithoutAccessibleName(QWidget *root)
{
    QStringList missing;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(root) && w != root)
            continue;
        if (!(w->focusPolicy() & Qt::TabFocus))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty())
            missing << QStringLiteral("%1 (%2)").arg(w->objectName(),
                                                     QLatin1String(w->metaObject()->className()));
    }
    return missing;
}

TestPane::TestPane(const QString &title, QWidget *parent)
    : dataarts::ui::Pane(parent)
    , m_title(title)
{
    setObjectName(QStringLiteral("testPane_") + title);
    setAccessibleName(title);
}

QIcon TestPane::icon() const
{
    return QIcon(QStringLiteral(":/icons/tables.svg"));
}

void TestPane::setSession(dataarts::Session *s)
{
    session = s;
    ++sessionChanges;
}

void TestPane::report(const QString &status, bool loading, int selection, const Fields &fields,
                      int badge)
{
    emit statusTextChanged(status);
    emit loadingChanged(loading);
    emit selectionCountChanged(selection);
    emit currentRecordChanged(fields);
    emit badgeChanged(badge);
}

} // namespace guiTest
