#include "Language.h"

#include <QCoreApplication>
#include <QTranslator>

namespace dataarts {

Language::Language(QObject *parent)
    : QObject(parent)
{}

Language::~Language()
{
    removeTranslators();
}

QStringList Language::supported()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString Language::systemLanguage()
{
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

QLocale Language::locale() const
{
    // The system's own locale (its date and number conventions) when it speaks the language
    // in use; otherwise the language's main locale.
    const QLocale system = QLocale::system();
    if (m_current == QLatin1String("zh_CN")) {
        return system.language() == QLocale::Chinese ? system
                                                     : QLocale(QLocale::Chinese, QLocale::China);
    }
    return system.language() == QLocale::English ? system
                                                 : QLocale(QLocale::English, QLocale::UnitedStates);
}

void Language::removeTranslators()
{
    for (QTranslator **t : {&m_app, &m_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}

bool Language::apply(const QString &requested)
{
    QString code = requested;
    if (code.isEmpty() || code == QLatin1String("system"))
        code = systemLanguage();
    if (!supported().contains(code))
        return false;

    removeTranslators();
    m_app = new QTranslator;
    if (m_app->load(QStringLiteral(":/i18n/dataarts-desk_") + code + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(m_app);
    if (code != QLatin1String("en")) {
        m_qt = new QTranslator;
        if (m_qt->load(QStringLiteral(":/i18n/qtbase_") + code + QStringLiteral(".qm")))
            QCoreApplication::installTranslator(m_qt);
    }
    m_current = code;
    QLocale::setDefault(locale());
    emit changed(code);
    return true;
}

} // namespace dataarts
