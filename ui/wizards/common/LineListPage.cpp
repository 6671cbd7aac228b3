#include "LineListPage.h"

#include "ImportFile.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace dataarts::ui {

namespace {

int badLines(const QList<InputProblem> &problems)
{
    int bad = 0;
    for (const InputProblem &p : problems)
        bad += p.duplicate ? 0 : 1;
    return bad;
}

} // namespace

LineListPage::LineListPage(const QString &editorName)
    : m_intro(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_import(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_targets(new QStandardItemModel(this))
    , m_targetView(new QTreeView(this))
    , m_error(new QLabel(this))
{
    m_intro->setWordWrap(true);
    m_text->setObjectName(editorName);
    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_targetView->setObjectName(QStringLiteral("targetList"));
    m_targetView->setModel(m_targets);
    m_targetView->setRootIsDecorated(false);
    m_targetView->setUniformRowHeights(true);
    m_targetView->setAlternatingRowColors(true);
    m_targetView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_targetView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_targetView->setTextElideMode(Qt::ElideMiddle); // ids keep both ends when narrow
    m_targetView->header()->setStretchLastSection(true);
    m_targetView->header()->setResizeContentsPrecision(200);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_summary, 1);
    row->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_text, 2);
    layout->addLayout(row);
    layout->addWidget(m_targetView, 3);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_error);

    m_parseTimer.setSingleShot(true);
    m_parseTimer.setInterval(250);
    connect(&m_parseTimer, &QTimer::timeout, this, [this] { showReading(readBox()); });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        m_error->hide();
        m_parseTimer.start();
    });
    connect(m_import, &QPushButton::clicked, this,
            [this] { ImportFile::ask(this, [this](const QString &path) { importFile(path); }); });
}

void LineListPage::initializePage()
{
    if (m_filled)
        return;
    m_filled = true;
    m_text->setPlainText(initialLines().join(QLatin1Char('\n')));
    showReading(readBox());
}

bool LineListPage::importFile(const QString &path)
{
    QString text;
    QString error;
    if (!ImportFile::read(path, &text, &error)) {
        showError(error);
        return false;
    }
    QString current = m_text->toPlainText();
    if (!current.isEmpty() && !current.endsWith(QLatin1Char('\n')))
        current += QLatin1Char('\n');
    m_text->setPlainText(current + text);
    showReading(readBox());
    return true;
}

LineListPage::Reading LineListPage::readBox()
{
    return read(m_text->toPlainText().toUtf8());
}

void LineListPage::showReading(const Reading &reading)
{
    m_parseTimer.stop();
    m_problems->clear();
    for (const InputProblem &p : reading.problems) {
        auto *item = new QListWidgetItem(p.duplicate ? tr("%1 (left out)").arg(p.text()) : p.text(),
                                         m_problems);
        item->setData(Qt::UserRole, p.line);
    }
    const int bad = badLines(reading.problems);
    const int duplicates = int(reading.problems.size()) - bad;
    QString summary = countText(reading.count);
    if (bad > 0)
        summary += QStringLiteral(" · ") + tr("%n bad lines", nullptr, bad);
    if (duplicates > 0)
        summary += QStringLiteral(" · ") + tr("%n repeated lines left out", nullptr, duplicates);
    m_summary->setText(summary);
    m_problems->setVisible(!reading.problems.isEmpty());
    showTargets(reading.rows);
}

void LineListPage::showTargets(const QList<QStringList> &rows)
{
    const QStringList headers = targetHeaders();
    m_targets->clear();
    m_targets->setColumnCount(int(headers.size()));
    m_targets->setHorizontalHeaderLabels(headers);
    m_targets->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList &cells = rows.at(r);
        for (int c = 0; c < cells.size() && c < headers.size(); ++c) {
            auto *item = new QStandardItem(cells.at(c));
            item->setToolTip(cells.at(c)); // ids in full, names too long for the column
            m_targets->setItem(r, c, item);
        }
    }
    // Names and ids in full where the page is wide enough (the first rows decide: a column
    // is as wide as its longest cell there); ids elide in the middle when it is not.
    for (int c = 0; c + 1 < m_targets->columnCount(); ++c)
        m_targetView->resizeColumnToContents(c);
    m_targetView->setAccessibleDescription(countText(int(rows.size())));
}

QString LineListPage::summaryText() const
{
    return m_summary->text();
}

QString LineListPage::unknownName()
{
    //: A target's name in the wizard's first page when the pane had not loaded it
    return tr("(not loaded)");
}

void LineListPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

bool LineListPage::validatePage()
{
    const Reading reading = readBox();
    showReading(reading);
    const int bad = badLines(reading.problems);
    if (bad > 0) {
        showError(tr("Fix or remove the %n bad lines listed below.", nullptr, bad));
        return false;
    }
    if (reading.count == 0) {
        showError(emptyText());
        return false;
    }
    m_error->hide();
    commit();
    return true;
}

QString LineListPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LineListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showReading(readBox());
    }
    QWizardPage::changeEvent(event);
}

void LineListPage::retranslateUi()
{
    m_import->setText(tr("&Import file…"));
    retranslatePage();
    // The page's title says what the lines are.
    m_text->setAccessibleName(title());
    m_problems->setAccessibleName(tr("Lines left out"));
    m_targetView->setAccessibleName(tr("Targets"));
}

} // namespace dataarts::ui
