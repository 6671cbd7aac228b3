#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

namespace dataarts {

// Loads our catalogue and Qt's own for one language and swaps them in at runtime.
// Installing a translator sends QEvent::LanguageChange to every widget, so windows
// retranslate live.
class Language : public QObject
{
    Q_OBJECT
public:
    explicit Language(QObject *parent = nullptr);
    ~Language() override;

    // "zh_CN", "en", or empty / "system" for the system's language.
    static QStringList supported();
    static QString systemLanguage();

    // Installs the catalogues for the language; returns false (and keeps English) for an
    // unsupported code.
    bool apply(const QString &code);
    QString current() const { return m_current; }
    QLocale locale() const;

signals:
    void changed(const QString &code);

private:
    void removeTranslators();

    QString m_current;
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
};

} // namespace dataarts
