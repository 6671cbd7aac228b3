// The profile manager, offscreen: its list, Edit, Duplicate (with copies of the secrets),
// Delete after a confirmation (the keychain entries go too, seen with secret-tool) and Open.
#include "GuiTestSupport.h"
#include "KeyringWitness.h"

#include "profiles/ProfileDialog.h"
#include "profiles/ProfileManagerDialog.h"

#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>

using namespace dataarts;
using namespace dataarts::ui;

namespace {

const QUrl kEndpoint(QStringLiteral("http://127.0.0.1:9"));
const QString kProject = QStringLiteral("0123456789abcdef0123456789abcdef");

QStringList keysOf(const QUuid &id)
{
    bool ok = false;
    QStringList keys = keyringWitness::keysOfProfile(id.toString(QUuid::WithoutBraces), &ok);
    keys.sort();
    return ok ? keys : QStringList{QStringLiteral("<secret-tool failed>")};
}

} // namespace

class TestProfileManager : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheStoredProfiles();
    void duplicateCopiesTheSecrets();
    void deleteAsksAndRemovesTheKeychainEntries();
    void cancelledDeleteKeepsEverything();
    void editOpensTheDialogOnTheProfile();
    void openAsksToOpenTheSelection();

private:
    Profile add(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    SecretStore m_secrets;
    QList<QUuid> m_created;
    std::unique_ptr<ProfileManagerDialog> m_manager;
};

void TestProfileManager::initTestCase()
{
    const QString problem = keyringWitness::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestProfileManager::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
    m_manager = std::make_unique<ProfileManagerDialog>(m_store.get(), &m_secrets);
    m_manager->show();
}

void TestProfileManager::cleanup()
{
    m_manager.reset();
    for (const Profile &p : m_store->profiles())
        m_created << p.id;
    guiTest::forgetSecrets(m_created);
    m_created.clear();
    m_store.reset();
    m_dir.reset();
}

Profile TestProfileManager::add(const QString &name)
{
    const Profile p =
        guiTest::storeProfile(m_store.get(), &m_secrets, name, kEndpoint, kProject,
                              QStringLiteral("ws-manager"), "AKMANAGER", "sk-" + name.toUtf8());
    m_created << p.id;
    return p;
}

void TestProfileManager::listsTheStoredProfiles()
{
    QCOMPARE(m_manager->list()->count(), 0);
    QVERIFY(!m_manager->editButton()->isEnabled());
    add(QStringLiteral("Beta"));
    add(QStringLiteral("Alpha"));
    QCOMPARE(m_manager->list()->count(), 2);
    QVERIFY(m_manager->list()->item(0)->text().startsWith(QStringLiteral("Alpha")));
    QVERIFY(m_manager->list()->item(0)->text().contains(kEndpoint.toString()));
    QVERIFY(m_manager->editButton()->isEnabled());
    QVERIFY(guiTest::widgetsWithoutAccessibleName(m_manager.get()).isEmpty());
}

void TestProfileManager::duplicateCopiesTheSecrets()
{
    const Profile p = add(QStringLiteral("Prod"));
    m_manager->selectProfile(p.id);
    QSignalSpy done(m_manager.get(), &ProfileManagerDialog::operationFinished);
    QTest::mouseClick(m_manager->duplicateButton(), Qt::LeftButton);
    QVERIFY(done.wait(20000));
    QVERIFY2(done.at(0).at(0).toBool(), qPrintable(m_manager->statusText()));
    const std::optional<Profile> copy = m_store->findByName(QStringLiteral("Prod (copy)"));
    QVERIFY(copy.has_value());
    m_created << copy->id;
    QVERIFY(copy->id != p.id);
    QCOMPARE(m_manager->selectedProfile(), copy->id);
    QCOMPARE(keysOf(copy->id).size(), 2);
    bool found = false;
    QCOMPARE(keyringWitness::lookup(SecretStore::keyFor(copy->id, SecretField::SecretKey), &found),
             QByteArray("sk-Prod"));
    QCOMPARE(keysOf(p.id).size(), 2); // the original keeps its own
}

void TestProfileManager::deleteAsksAndRemovesTheKeychainEntries()
{
    const Profile keep = add(QStringLiteral("Keep"));
    const Profile p = add(QStringLiteral("Doomed"));
    QCOMPARE(keysOf(p.id).size(), 2);
    m_manager->selectProfile(p.id);
    QTest::mouseClick(m_manager->deleteButton(), Qt::LeftButton);
    QMessageBox *box = m_manager->confirmation();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("Doomed")));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel)); // safe default
    QVERIFY(m_store->find(p.id).has_value());                         // nothing before the answer
    QSignalSpy done(m_manager.get(), &ProfileManagerDialog::operationFinished);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QVERIFY(done.wait(20000));
    QVERIFY2(done.at(0).at(0).toBool(), qPrintable(m_manager->statusText()));
    QVERIFY(!m_store->find(p.id).has_value());
    QCOMPARE(keysOf(p.id), QStringList());
    QCOMPARE(keysOf(keep.id).size(), 2);
    QCOMPARE(m_manager->list()->count(), 1);
}

void TestProfileManager::cancelledDeleteKeepsEverything()
{
    const Profile p = add(QStringLiteral("Stays"));
    m_manager->selectProfile(p.id);
    QTest::mouseClick(m_manager->deleteButton(), Qt::LeftButton);
    QPointer<QMessageBox> box = m_manager->confirmation();
    QVERIFY(box);
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(box.isNull());
    QTest::qWait(100);
    QVERIFY(m_store->find(p.id).has_value());
    QCOMPARE(keysOf(p.id).size(), 2);
}

void TestProfileManager::editOpensTheDialogOnTheProfile()
{
    const Profile p = add(QStringLiteral("Editable"));
    m_manager->selectProfile(p.id);
    QTest::mouseClick(m_manager->editButton(), Qt::LeftButton);
    ProfileDialog *dialog = m_manager->profileDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->isEditing());
    QCOMPARE(dialog->profile().id, p.id);
    QCOMPARE(dialog->profile().workspaceId, QStringLiteral("ws-manager"));
    dialog->reject();
    QTRY_VERIFY(!m_manager->profileDialog());
}

void TestProfileManager::openAsksToOpenTheSelection()
{
    const Profile p = add(QStringLiteral("Opened"));
    m_manager->selectProfile(p.id);
    QSignalSpy open(m_manager.get(), &ProfileManagerDialog::openRequested);
    QTest::mouseClick(m_manager->openButton(), Qt::LeftButton);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toUuid(), p.id);
}

DESK_GUI_TEST_MAIN(TestProfileManager)
#include "tst_profile_manager.moc"
