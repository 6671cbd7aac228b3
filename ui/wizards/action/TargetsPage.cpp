#include "TargetsPage.h"

#include "ApiActionWizard.h"

#include "wizards/common/ImportFile.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dataarts::ui {

TargetsPage::TargetsPage(ApiActionWizard *wizard)
    : m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_import(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_error(new QLabel(this))
{
    m_intro->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("targetText"));
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

void TargetsPage::initializePage()
{
    if (m_filled)
        return;
    m_filled = true;
    QStringList lines;
    for (const ApiTarget &t : m_wizard->initialSelection())
        lines.append(t.apiId + QLatin1Char(',') + t.instanceId);
    m_text->setPlainText(lines.join(QLatin1Char('\n')));
    showResult(parse());
}

bool TargetsPage::importFile(const QString &path)
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

ApiTargetListReader::Result TargetsPage::parse()
{
    return ApiTargetListReader::read(m_text->toPlainText().toUtf8());
}

void TargetsPage::showResult(const ApiTargetListReader::Result &result)
{
    m_parseTimer.stop();
    m_problems->clear();
    int bad = 0;
    for (const InputProblem &p : result.problems) {
        new QListWidgetItem(p.duplicate ? tr("%1 (left out)").arg(p.text()) : p.text(), m_problems);
        bad += p.duplicate ? 0 : 1;
    }
    const int duplicates = int(result.problems.size()) - bad;
    QString summary = tr("%n API × cluster pairs", nullptr, int(result.targets.size()));
    if (bad > 0)
        summary += QStringLiteral(" · ") + tr("%n bad lines", nullptr, bad);
    if (duplicates > 0)
        summary += QStringLiteral(" · ") + tr("%n repeated lines left out", nullptr, duplicates);
    m_summary->setText(summary);
    m_problems->setVisible(!result.problems.isEmpty());
}

bool TargetsPage::validatePage()
{
    const ApiTargetListReader::Result result = parse();
    showResult(result);
    int bad = 0;
    for (const InputProblem &p : result.problems)
        bad += p.duplicate ? 0 : 1;
    QString error;
    if (bad > 0)
        error = tr("Fix or remove the %n bad lines listed below.", nullptr, bad);
    else if (result.targets.isEmpty())
        error = tr("Select API × cluster pairs in the APIs pane, or paste, type or import "
                   "api_id,instance_id lines.");
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    m_error->hide();
    QList<ApiActionWizard::Pair> pairs;
    for (const ApiTargetLine &t : result.targets)
        pairs.append({t.apiId, t.instanceId});
    m_wizard->setTargets(pairs);
    return true;
}

QString TargetsPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void TargetsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showResult(parse());
    }
    QWizardPage::changeEvent(event);
}

void TargetsPage::retranslateUi()
{
    setTitle(tr("APIs and clusters"));
    setSubTitle(tr("One API × cluster pair per line as api_id,instance_id."));
    m_intro->setText(tr("The pairs selected in the APIs pane are listed. Paste or type more "
                        "lines, or import a CSV file (with or without a header)."));
    m_text->setPlaceholderText(tr("For example: 5f1c0a3e9b7d4c2a8e6f0b1d3c5a7e9f,"
                                  "628e06bb0fcd2d05890f98f45b0daa54"));
    m_import->setText(tr("&Import file…"));
}

} // namespace dataarts::ui
