#include "DecisionDialog.h"

#include "runs/UndoLimits.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextCursor>
#include <QVBoxLayout>

namespace dataarts::ui {

DecisionDialog::DecisionDialog(Decision decision, int count, int others, QWidget *parent)
    : QDialog(parent)
    , m_decision(decision)
    , m_count(count)
    , m_others(others)
{
    setObjectName(QStringLiteral("decisionDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("decisionMessage"));
    m_edit->setTabChangesFocus(true);
    m_intro->setBuddy(m_edit);
    layout->addWidget(m_edit, 1);
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("decisionCounter"));
    m_counter->setAlignment(Qt::AlignRight);
    layout->addWidget(m_counter);
    m_undoLimits = new QLabel(this);
    m_undoLimits->setObjectName(QStringLiteral("undoLimitsLabel"));
    m_undoLimits->setWordWrap(true);
    layout->addWidget(m_undoLimits);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &DecisionDialog::onTextChanged);
    retranslateUi();
    if (decision == Decision::Approve && m_count > 0)
        setMessage(tr("Approved."));
    onTextChanged();
    resize(460, 260);
}

QString DecisionDialog::message() const
{
    return m_edit->toPlainText();
}

void DecisionDialog::setMessage(const QString &text)
{
    m_edit->setPlainText(text); // cut to the limit in onTextChanged()
}

bool DecisionDialog::canAccept() const
{
    const QString text = message();
    return (m_count == 0 || !text.trimmed().isEmpty()) && text.size() <= kMaxLength;
}

void DecisionDialog::onTextChanged()
{
    QString text = m_edit->toPlainText();
    if (text.size() > kMaxLength) {
        // Cut, never send more than the server takes; do not split a surrogate pair.
        int cut = kMaxLength;
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        text.truncate(cut);
        const QSignalBlocker block(m_edit);
        m_edit->setPlainText(text);
        m_edit->moveCursor(QTextCursor::End);
    }
    m_counter->setText(
        tr("%1 / %2").arg(QLocale().toString(int(text.size())), QLocale().toString(kMaxLength)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

void DecisionDialog::retranslateUi()
{
    const bool approve = m_decision == Decision::Approve;
    setWindowTitle(approve ? tr("Approve") : tr("Reject"));
    QString intro;
    if (m_count > 0) {
        intro = approve ? tr("Resolve %Ln Architecture approval(s) with this message:", nullptr,
                             m_count)
                        : tr("Reject %Ln Architecture approval(s) with this message (the "
                             "submitter sees it):",
                             nullptr, m_count);
    }
    if (m_others > 0) {
        if (!intro.isEmpty())
            intro.prepend(QLatin1Char('\n'));
        intro.prepend(approve ? tr("%Ln DataService item(s) will be approved now (they take "
                                   "no message).",
                                   nullptr, m_others)
                              : tr("%Ln DataService application(s) will be rejected (they take "
                                   "no message).",
                                   nullptr, m_others));
    }
    m_intro->setText(intro);
    m_undoLimits->setText(UndoLimits::join(
        UndoLimits::forRun(approve ? RunKind::ApprovalResolve : RunKind::ApprovalReject, {})));
    m_edit->setVisible(m_count > 0);
    m_counter->setVisible(m_count > 0);
    m_edit->setPlaceholderText(
        tr("Message to the submitter, at most %1 characters").arg(QLocale().toString(kMaxLength)));
    m_edit->setAccessibleName(tr("Message"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(approve ? tr("Approve") : tr("Reject"));
    onTextChanged();
}

void DecisionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace dataarts::ui
