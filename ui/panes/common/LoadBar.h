#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace dataarts::ui {

// The strip above a pane's list that says what loading is doing: "Loaded 1,200 of 5,000
// tables" with a progress bar and Cancel while pages arrive; the error with a Retry button
// when a page failed (never a silent empty list); "Load the rest" after a cancel. The pane
// writes the texts (translated); the bar only lays them out and reports the buttons. Idle,
// it is hidden (the status bar shows the same count), and text() still says it.
class LoadBar : public QFrame
{
    Q_OBJECT
public:
    enum class Mode { Idle, Loading, Cancelled, Error };
    Q_ENUM(Mode)

    explicit LoadBar(QWidget *parent = nullptr);

    // total < 0: the size is not known yet (a busy bar).
    void showLoading(const QString &text, qint64 loaded, qint64 total);
    void showIdle(const QString &text);
    void showCancelled(const QString &text);
    void showError(const QString &text);

    Mode mode() const { return m_mode; }
    QString text() const;

signals:
    void cancelClicked();
    void retryClicked();
    void resumeClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setMode(Mode mode);
    void retranslateUi();

    Mode m_mode = Mode::Idle;
    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_resume = nullptr;
};

} // namespace dataarts::ui
