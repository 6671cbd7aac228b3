#include "RunWizard.h"

#include "client/Session.h"

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
}

RunSpec RunWizard::stamped(RunSpec spec) const
{
    spec.profileName = m_profileName;
    spec.createdBy = m_userName;
    return spec;
}

} // namespace dataarts::ui
