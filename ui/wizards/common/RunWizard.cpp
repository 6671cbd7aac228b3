#include "RunWizard.h"

#include "client/Session.h"
#include "settings/AppSettings.h"

#include <QGuiApplication>
#include <QScreen>

namespace dataarts::ui {

RunWizard::RunWizard(Session *session, BatchEngine *engine, const QString &objectName,
                     QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_engine(engine)
{
    setObjectName(objectName);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    if (session)
        m_userName = session->settings().iamUserName;
    // Big enough for the review page's request bodies; the size the user gave it last time
    // when there is one (kept per wizard), never larger than the screen.
    QSize size = appSettings::wizardSize(QObject::objectName());
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size());
    resize(size.expandedTo(QSize(480, 360)));
}

void RunWizard::done(int result)
{
    appSettings::setWizardSize(objectName(), size());
    QWizard::done(result);
}

RunSpec RunWizard::stamped(RunSpec spec) const
{
    spec.profileName = m_profileName;
    spec.createdBy = m_userName;
    return spec;
}

} // namespace dataarts::ui
