#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace dataarts::ui {

// Asks for the message that goes with resolving or rejecting approvals
// (`approvals/action?action-id=resolve|reject`, msg at most 500 characters): a text box with a
// live "n / 500" counter; typing or pasting past the limit is cut at 500; OK needs a
// non-empty message. Opened with open() (no nested event loop); accepted() carries on.
class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Decision { Approve, Reject };

    static constexpr int kMaxLength = 500;

    // count: the Architecture approvals concerned; others: the DataService items the same
    // action covers (they take no message).
    DecisionDialog(Decision decision, int count, int others, QWidget *parent = nullptr);

    Decision decision() const { return m_decision; }
    QString message() const;
    void setMessage(const QString &text);
    QPlainTextEdit *messageEdit() const { return m_edit; }
    QLabel *counterLabel() const { return m_counter; }
    bool canAccept() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void onTextChanged();
    void retranslateUi();

    Decision m_decision;
    int m_count;
    int m_others;
    QLabel *m_intro = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_undoLimits = nullptr; // UndoLimits: decisions cannot be undone
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dataarts::ui
