#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;

namespace dataarts::ui {

// "Approve at a time…" for DataService notification messages (ConfirmMessage action 1): the
// time is picked in local time, to the hour, and sent as the API documents: UTC, whole hour,
// "YYYY-MM-DDTHH:00:00.000Z" (rounded up when the local zone is not a whole hour off UTC).
// The default is three days ahead (the server's own default); past times cannot be picked.
class ScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    // now: the session's clock (UTC).
    ScheduleDialog(int count, const QDateTime &now, QWidget *parent = nullptr);

    QDateTimeEdit *timeEdit() const { return m_edit; }
    // The picked time (local) and what is sent.
    QDateTime localTime() const;
    QString wireTime() const;
    // The wire form of a time: UTC, rounded up to the whole hour.
    static QString toWire(const QDateTime &time);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePreview();

    int m_count;
    QLabel *m_intro = nullptr;
    QDateTimeEdit *m_edit = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_undoLimits = nullptr; // UndoLimits: decisions cannot be undone
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dataarts::ui
