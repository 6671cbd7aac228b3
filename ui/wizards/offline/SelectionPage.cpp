#include "SelectionPage.h"

#include "OfflineWizard.h"

#include "wizards/common/ImportFile.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dataarts::ui {

SelectionPage::SelectionPage(OfflineWizard *wizard)
    : m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_import(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_error(new QLabel(this))
{
    m_intro->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("entityText"));
    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_summary, 1);
    row->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_text, 3);
    layout->addLayout(row);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_error);

    m_parseTimer.setSingleShot(true);
    m_parseTimer.setInterval(250);
    connect(&m_parseTimer, &QTimer::timeout, this, [this] { showResult(parse()); });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        m_error->hide();
        m_parseTimer.start();
    });
    connect(m_import, &QPushButton::clicked, this,
            [this] { ImportFile::ask(this, [this](const QString &path) { importFile(path); }); });
    retranslateUi();
}

void SelectionPage::initializePage()
{
    if (m_filled)
        return;
    m_filled = true;
    QStringList lines;
    const QList<BizInfo> &initial = m_wizard->initialSelection();
    lines.reserve(initial.size());
    for (const BizInfo &info : initial)
        lines.append(info.bizType + QLatin1Char(',') + info.bizId);
    m_text->setPlainText(lines.join(QLatin1Char('\n')));
    showResult(parse());
}

bool SelectionPage::importFile(const QString &path)
{
    QString text;
    QString error;
    if (!ImportFile::read(path, &text, &error)) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    QString current = m_text->toPlainText();
    if (!current.isEmpty() && !current.endsWith(QLatin1Char('\n')))
        current += QLatin1Char('\n');
    m_text->setPlainText(current + text);
    showResult(parse());
    return true;
}

EntityListReader::Result SelectionPage::parse()
{
    return EntityListReader::read(m_text->toPlainText().toUtf8());
}

void SelectionPage::showResult(const EntityListReader::Result &result)
{
    m_parseTimer.stop();
    m_problems->clear();
    int bad = 0;
    for (const InputProblem &p : result.problems) {
        auto *item = new QListWidgetItem(p.duplicate ? tr("%1 (left out)").arg(p.text()) : p.text(),
                                         m_problems);
        item->setData(Qt::UserRole, p.line);
        if (!p.duplicate)
            ++bad;
    }
    const int duplicates = int(result.problems.size()) - bad;
    QString summary = tr("%n entities", nullptr, int(result.entities.size()));
    if (bad > 0)
        summary += QStringLiteral(" · ") + tr("%n bad lines", nullptr, bad);
    if (duplicates > 0)
        summary += QStringLiteral(" · ") + tr("%n repeated lines left out", nullptr, duplicates);
    m_summary->setText(summary);
    m_problems->setVisible(!result.problems.isEmpty());
}

bool SelectionPage::validatePage()
{
    const EntityListReader::Result result = parse();
    showResult(result);
    int bad = 0;
    for (const InputProblem &p : result.problems)
        bad += p.duplicate ? 0 : 1;
    QString error;
    if (bad > 0)
        error = tr("Fix or remove the %n bad lines listed below.", nullptr, bad);
    else if (result.entities.isEmpty())
        error = tr("Select entities in the Tables pane, or paste, type or import "
                   "biz_type,biz_id lines.");
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    m_error->hide();
    QList<BizInfo> entities;
    entities.reserve(result.entities.size());
    for (const EntityLine &line : result.entities)
        entities.append(BizInfo{line.bizId, line.bizType, EnvType::Unknown});
    m_wizard->setEntities(entities);
    return true;
}

QString SelectionPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SelectionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showResult(parse());
    }
    QWizardPage::changeEvent(event);
}

void SelectionPage::retranslateUi()
{
    setTitle(tr("Entities to take offline"));
    setSubTitle(tr("One entity per line as biz_type,biz_id (any of the 40 entity types)."));
    m_intro->setText(tr("The entities selected in the Tables pane are listed. Paste or type "
                        "more lines, or import a CSV file (with or without a header)."));
    m_text->setPlaceholderText(tr("For example: TABLE_MODEL,885123875376193536"));
    m_import->setText(tr("&Import file…"));
}

} // namespace dataarts::ui
