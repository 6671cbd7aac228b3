#pragma once

// Finds the other language in a window: English left in a Simplified Chinese window
// (englishLeft) and Chinese left in an English one (chineseLeft), over the texts
// uiText::visibleTexts() collects. Each finding reads "“text” (where)".
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

class QWidget;

namespace uiText {

class LanguageCheck
{
public:
    // English is every <source> of the zh_CN catalogue (tsPath) whose translation differs
    // from it (an identical translation is on purpose: "ID", "URL", "DataArts Desk"),
    // plus Qt's own button and wizard words, which qtbase_zh_CN translates.
    explicit LanguageCheck(const QString &tsPath);
    bool isLoaded() const { return m_exact.size() > 100; }
    QString errorString() const { return m_error; }

    // Texts shown as they are in every language: data from the server (names that may be
    // Chinese or English words), to be skipped by both checks.
    void allowData(const QStringList &texts);

    // The texts under root that are English: equal to an English source (after removing
    // the mnemonic '&' or "(&X)" and trimming), matching a source with arguments ("Loaded
    // %1 of %2 tables"), or with a line or a piece between " — " / ": " that is one. Product
    // names, codes, numbers and ids are allowed.
    QStringList englishLeft(QWidget *root, bool cells = true) const;
    // The texts under root with a CJK character (or CJK punctuation) other than the
    // language menu's "中文 (简体)", which stays Chinese on purpose.
    QStringList chineseLeft(QWidget *root, bool cells = true) const;

    // For one text: the English source it matches, or empty.
    QString englishSource(const QString &text) const;
    static bool hasChinese(const QString &text);
    // "&Next >" -> "Next >", "下一步(&N)" -> "下一步".
    static QString withoutMnemonic(QString text);

private:
    struct Pattern {
        QString source;
        QString literal; // the longest literal part: a text without it cannot match
        QRegularExpression regex;
    };
    // The lines of a catalogue text, rich text as plain, without mnemonics.
    static QStringList lines(const QString &text);
    void addSource(const QString &source, const QString &translation);
    QString matchOne(const QString &piece) const;
    bool isData(const QString &text) const;

    QSet<QString> m_exact;
    QList<Pattern> m_patterns;
    QSet<QString> m_kept; // English words that translations keep
    QSet<QString> m_data;
    QStringList m_chineseData; // the data with Chinese in it, longest first
    QString m_error;
};

} // namespace uiText
