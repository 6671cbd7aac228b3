#include "LanguageCheck.h"

#include "VisibleTexts.h"

#include <QFile>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>

namespace uiText {

namespace {

// Qt's own words in our windows (QDialogButtonBox, QMessageBox, QWizard), as Qt 6 writes
// them; qtbase_zh_CN translates each.
const char *const kQtWords[] = {
    "OK",
    "&OK",
    "Save",
    "&Save",
    "Save All",
    "Open",
    "&Yes",
    "Yes to &All",
    "&No",
    "N&o to All",
    "Abort",
    "Retry",
    "Ignore",
    "Close",
    "&Close",
    "Cancel",
    "&Cancel",
    "Discard",
    "Don't Save",
    "Help",
    "Apply",
    "Reset",
    "Restore Defaults",
    "Show Details...",
    "Hide Details...",
    "< &Back",
    "&Next >",
    "&Finish",
    "&Help",
    "Commit",
    "Back",
    "Next",
    "Finish",
    "Continue",
    "Done",
};

// Shown as they are in both languages (brief: product names and codes).
const char *const kAllowed[] = {
    "DataArts Desk",
    "DataArts Studio",
    "DataService",
    "DataArts Architecture",
    "Huawei Cloud",
    "AK",
    "SK",
    "IAM",
    "AK/SK",
    "English",
    "API",
    "ID",
};

const QRegularExpression &placeholder()
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    return re;
}

// A number, an id, a code (TABLE_MODEL), a shortcut, an address: no words to translate.
bool isCode(const QString &text)
{
    static const QRegularExpression code(
        QStringLiteral("^(?:[^A-Za-z]*"                    // numbers, punctuation
                       "|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+"    // TABLE_MODEL
                       "|[a-z0-9]+(?:[_.\\-@/][a-z0-9]+)+" // user_name, host.name, e-mail
                       "|(?:(?:Ctrl|Shift|Alt|Meta)\\+)*(?:F\\d{1,2}|[A-Z0-9])" // a shortcut
                       "|[a-z][a-z0-9+.\\-]*://\\S+"                            // a URL
                       "|[yMdHhmsz]+(?:[\\-/: .T][yMdHhmsz]+)+" // a date format: yyyy-MM-dd HH:mm
                       ")$"));
    return code.match(text).hasMatch();
}

bool isAllowed(const QString &text)
{
    static const QSet<QString> allowed = [] {
        QSet<QString> set;
        for (const char *word : kAllowed)
            set.insert(QString::fromUtf8(word));
        return set;
    }();
    return allowed.contains(text) || isCode(text);
}

// The English runs of a mixed text: "已连接到 Sandbox（10 ms）" -> "Sandbox", "10 ms".
QStringList latinRuns(const QString &text)
{
    QStringList runs;
    QString run;
    auto flush = [&] {
        static const QRegularExpression edges(QStringLiteral("^[\\s\\p{P}]+|[\\s\\p{P}]+$"));
        const QString trimmed = run.remove(edges);
        if (!trimmed.isEmpty())
            runs << trimmed;
        run.clear();
    };
    for (const QChar ch : text) {
        if (LanguageCheck::hasChinese(QString(ch)))
            flush();
        else
            run += ch;
    }
    flush();
    return runs;
}

} // namespace

LanguageCheck::LanguageCheck(const QString &tsPath)
{
    QFile ts(tsPath);
    if (!ts.open(QIODevice::ReadOnly)) {
        m_error = ts.errorString();
        return;
    }
    QXmlStreamReader xml(&ts);
    QString source;
    QString translation;
    bool numerus = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("message")) {
                source.clear();
                translation.clear();
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation") && !numerus) {
                translation = xml.readElementText();
            } else if (xml.name() == QLatin1String("numerusform") && translation.isEmpty()) {
                translation = xml.readElementText();
            }
        } else if (token == QXmlStreamReader::EndElement &&
                   xml.name() == QLatin1String("message")) {
            addSource(source, translation);
        }
    }
    if (xml.hasError())
        m_error = xml.errorString();
    for (const char *word : kQtWords)
        addSource(QString::fromUtf8(word), QString());
    if (m_error.isEmpty() && !isLoaded())
        m_error = QStringLiteral("too few English sources in %1").arg(tsPath);
}

void LanguageCheck::allowData(const QStringList &texts)
{
    for (const QString &text : texts) {
        const QString t = text.trimmed();
        if (t.isEmpty() || m_data.contains(t))
            continue;
        m_data.insert(t);
        if (hasChinese(t))
            m_chineseData.append(t);
    }
    std::sort(m_chineseData.begin(), m_chineseData.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString LanguageCheck::withoutMnemonic(QString text)
{
    static const QRegularExpression chinese(QStringLiteral("\\(&[^)]\\)"));
    text.remove(chinese);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text.trimmed();
}

bool LanguageCheck::hasChinese(const QString &text)
{
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if ((u >= 0x3000 && u <= 0x303f) ||                   // CJK punctuation
            (u >= 0x3400 && u <= 0x4dbf) ||                   // extension A
            (u >= 0x4e00 && u <= 0x9fff) ||                   // unified ideographs
            (u >= 0xf900 && u <= 0xfaff) ||                   // compatibility ideographs
            (u >= 0xff00 && u <= 0xffef) || ch.isSurrogate()) // full-width forms
            return true;
    }
    return false;
}

QStringList LanguageCheck::lines(const QString &text)
{
    const QString plain =
        Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    QStringList result;
    for (const QString &line : plain.split(QLatin1Char('\n'))) {
        const QString l = withoutMnemonic(line);
        if (!l.isEmpty())
            result << l;
    }
    return result;
}

void LanguageCheck::addSource(const QString &source, const QString &translation)
{
    // A line the translation keeps as it is ("DataArts Desk %1", "ID") is the same in both
    // languages; so are the English words a translation keeps ("Groovy 方式").
    const QStringList translated = lines(translation);
    for (const QString &line : translated) {
        for (const QString &run : latinRuns(line))
            m_kept.insert(run);
    }
    for (const QString &line : lines(source)) {
        if (isAllowed(line) || translated.contains(line))
            continue;
        if (!line.contains(placeholder())) {
            m_exact.insert(line);
            if (line.endsWith(QStringLiteral("…"))) // tool tips drop the ellipsis
                m_exact.insert(line.chopped(1).trimmed());
            continue;
        }
        // "Loaded %1 of %2 tables": the literal parts in order, anything between them.
        Pattern pattern;
        pattern.source = line;
        QString regex;
        int letters = 0;
        qsizetype at = 0;
        QRegularExpressionMatchIterator it = placeholder().globalMatch(line);
        auto literal = [&](const QString &part) {
            regex += QRegularExpression::escape(part);
            for (const QChar ch : part)
                letters += (ch.isLetter() && ch.unicode() < 0x80) ? 1 : 0;
            if (part.trimmed().size() > pattern.literal.size())
                pattern.literal = part.trimmed();
        };
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            literal(line.mid(at, m.capturedStart() - at));
            regex += QStringLiteral("(.+)");
            at = m.capturedEnd();
        }
        literal(line.mid(at));
        // "%1: %2" or "%1 (%2)" would match anything: only patterns with words in them.
        if (letters < 4)
            continue;
        pattern.regex = QRegularExpression(QLatin1Char('^') + regex + QLatin1Char('$'),
                                           QRegularExpression::DotMatchesEverythingOption);
        m_patterns.append(pattern);
    }
}

QString LanguageCheck::matchOne(const QString &piece) const
{
    if (piece.isEmpty() || isAllowed(piece) || m_data.contains(piece))
        return {};
    if (m_exact.contains(piece))
        return piece;
    for (const Pattern &p : m_patterns) {
        if (piece.contains(p.literal) && p.regex.match(piece).hasMatch())
            return p.source;
    }
    return {};
}

QString LanguageCheck::englishSource(const QString &shown) const
{
    const QString text = withoutMnemonic(shown);
    if (text.isEmpty() || isData(text))
        return {};
    // The whole text, then its pieces: "Sandbox — DataArts Desk", "Status: Published",
    // "Refresh (F5)", and the English runs of a Chinese sentence ("已连接到 Sandbox").
    QString found = matchOne(text);
    if (!found.isEmpty())
        return found;
    QStringList pieces;
    for (const QString &sep : {QStringLiteral(" — "), QStringLiteral(": "), QStringLiteral(" ("),
                               QStringLiteral("; ")}) {
        if (text.contains(sep))
            pieces += text.split(sep);
    }
    if (hasChinese(text)) {
        for (const QString &run : latinRuns(text)) {
            if (!m_kept.contains(run))
                pieces << run;
        }
    }
    for (QString piece : std::as_const(pieces)) {
        piece = piece.trimmed();
        if (piece.endsWith(QLatin1Char(')')) && !piece.contains(QLatin1Char('(')))
            piece.chop(1);
        found = matchOne(piece.trimmed());
        if (!found.isEmpty())
            return found;
    }
    // Words no catalogue knows (a text without tr()): two English words in a row, one of
    // them in lower case ("Not connected"), outside what translations keep and data.
    static const QRegularExpression sentence(QStringLiteral("\\b[A-Za-z]{2,}\\s+[A-Za-z]{2,}\\b"));
    static const QRegularExpression lowerWord(QStringLiteral("(^|\\s)[a-z]{2,}\\b"));
    const QStringList runs = hasChinese(text) ? latinRuns(text) : QStringList{text};
    for (const QString &run : runs) {
        if (m_kept.contains(run) || m_data.contains(run) || isAllowed(run))
            continue;
        const QRegularExpressionMatch m = sentence.match(run);
        if (m.hasMatch() && lowerWord.match(run).hasMatch())
            return QStringLiteral("(no catalogue entry) ") + run;
    }
    return {};
}

bool LanguageCheck::isData(const QString &text) const
{
    return m_data.contains(text);
}

QStringList LanguageCheck::englishLeft(QWidget *root, bool cells) const
{
    QStringList found;
    const QList<VisibleText> texts = visibleTexts(root, cells);
    for (const VisibleText &t : texts) {
        const QString source = englishSource(t.text);
        if (!source.isEmpty())
            found << QStringLiteral("“%1” (%2; source “%3”)").arg(t.text, t.where, source);
    }
    found.removeDuplicates();
    return found;
}

QStringList LanguageCheck::chineseLeft(QWidget *root, bool cells) const
{
    static const QString languageItem = QStringLiteral("中文 (简体)");
    QStringList found;
    const QList<VisibleText> texts = visibleTexts(root, cells);
    for (const VisibleText &t : texts) {
        // The language menu's item (and its tool tip) stays Chinese.
        QString text = withoutMnemonic(t.text).remove(languageItem);
        if (!hasChinese(text))
            continue;
        // Data from the server stays as it is: take it out (the longest first), look at the
        // rest.
        for (const QString &data : m_chineseData)
            text.remove(data);
        if (hasChinese(text))
            found << QStringLiteral("“%1” (%2)").arg(t.text, t.where);
    }
    found.removeDuplicates();
    return found;
}

} // namespace uiText
