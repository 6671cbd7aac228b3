// One vocabulary per language (issue 20): translations/glossary.tsv names, per concept (take
// offline, unpublish, stop, recover, publish, approve, reject, withdraw, approver, reviewer),
// the one English and the one Chinese term. Every entry of the zh_CN catalogue whose English
// source speaks of a concept must use the concept's Chinese term and none of the terms the
// glossary rules out for it (UNPUBLISH is 取消发布, never 下线, which is "take offline").
#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Concept {
    QString name;
    QString zh;
    QRegularExpression pattern;
    QRegularExpression exclude;
    QStringList avoid;
};

struct Entry {
    QString source;
    QStringList translations; // one per plural form
};

QRegularExpression compile(QString pattern)
{
    QRegularExpression::PatternOptions options;
    if (pattern.startsWith(QLatin1String("(?i)"))) {
        pattern.remove(0, 4);
        options |= QRegularExpression::CaseInsensitiveOption;
    }
    return QRegularExpression(pattern, options);
}

QList<Concept> readGlossary(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = file.errorString();
        return {};
    }
    QList<Concept> concepts;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() != 6) {
            *error = QStringLiteral("not 6 columns: ") + line;
            return {};
        }
        Concept c{f[0], f[2], compile(f[3]), f[4].isEmpty() ? QRegularExpression() : compile(f[4]),
                  f[5].split(QLatin1Char('|'), Qt::SkipEmptyParts)};
        if (!c.pattern.isValid() || (!f[4].isEmpty() && !c.exclude.isValid())) {
            *error = QStringLiteral("bad pattern: ") + line;
            return {};
        }
        concepts.append(c);
    }
    return concepts;
}

QList<Entry> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    Entry entry;
    bool inTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("message")) {
                entry = Entry();
            } else if (xml.name() == QLatin1String("source")) {
                entry.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                inTranslation = true;
                entry.translations.append(QString());
            } else if (xml.name() == QLatin1String("numerusform") && inTranslation) {
                if (!entry.translations.last().trimmed().isEmpty())
                    entry.translations.append(QString());
                entry.translations.last() = xml.readElementText();
            }
        } else if (xml.isCharacters() && inTranslation) {
            entry.translations.last() += xml.text();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("translation"))
                inTranslation = false;
            else if (xml.name() == QLatin1String("message"))
                entries.append(entry);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

} // namespace

class TestGlossary : public QObject
{
    Q_OBJECT
private slots:
    void everyConceptHasOneChineseTerm();
};

void TestGlossary::everyConceptHasOneChineseTerm()
{
    QString error;
    const QList<Concept> concepts =
        readGlossary(QStringLiteral(DESK_SOURCE_DIR "/translations/glossary.tsv"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(concepts.size() >= 8);
    const QList<Entry> entries = readCatalogue(
        QStringLiteral(DESK_SOURCE_DIR "/translations/dataarts-desk_zh_CN.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(entries.size() > 500);

    QStringList found;
    int checked = 0;
    for (const Entry &entry : entries) {
        for (const Concept &c : concepts) {
            if (!entry.source.contains(c.pattern))
                continue;
            if (!c.exclude.pattern().isEmpty() && entry.source.contains(c.exclude))
                continue;
            ++checked;
            for (const QString &t : entry.translations) {
                QString wrong;
                if (!t.contains(c.zh))
                    wrong = QStringLiteral("lacks %1").arg(c.zh);
                for (const QString &a : c.avoid) {
                    if (t.contains(a))
                        wrong = QStringLiteral("uses %1").arg(a);
                }
                if (!wrong.isEmpty())
                    found << QStringLiteral("%1: \"%2\" => \"%3\" %4")
                                 .arg(c.name, entry.source.left(80), t.trimmed().left(60), wrong);
            }
        }
    }
    for (const QString &f : std::as_const(found))
        qWarning().noquote() << f;
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("%1 entries off the glossary (above)").arg(found.size())));
    QVERIFY(checked > 50);
}

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
