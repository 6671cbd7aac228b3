#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace dataarts::ui {

// What a wizard page shows while it reads from the server: a busy line with a progress bar,
// then either the outcome or the error with a Retry button.
class BusyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BusyPanel(QWidget *parent = nullptr);

    // Busy; done/total draw the bar (total <= 0: an indeterminate bar).
    void showBusy(const QString &text, qint64 done = 0, qint64 total = 0);
    void showError(const QString &text);
    void showDone(const QString &text);

    QString text() const;
    bool isShowingError() const;
    QPushButton *retryButton() const { return m_retry; }

signals:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_retry;
};

} // namespace dataarts::ui
