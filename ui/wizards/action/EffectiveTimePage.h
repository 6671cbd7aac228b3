#pragma once

#include <QDateTime>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dataarts::ui {

class ApiActionWizard;

// Page 4: when the action takes effect. Default: now + 48 h rounded up to the whole hour
// (UTC), shown as a wall-clock time in the user's zone (yyyy-MM-dd HH:mm). Earlier times are
// allowed with a warning (the change then waits for the authorized apps); a time that does
// not exist, is malformed or is not in the future is refused. Field effectiveTime holds the
// wire string (YYYY-MM-DDTHH:MM:SS.000Z).
class EffectiveTimePage : public QWizardPage
{
    Q_OBJECT
    Q_PROPERTY(QString wireTime READ wireTime NOTIFY wireTimeChanged)
public:
    static QString inputFormat() { return QStringLiteral("yyyy-MM-dd HH:mm"); }

    explicit EffectiveTimePage(ApiActionWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

    QString wireTime() const;
    // The instant typed, invalid when the text is not a time that exists in the zone.
    QDateTime chosen() const;

    QLineEdit *timeEdit() const { return m_edit; }
    // Shown for a time earlier than the two days' notice: it must be ticked to go on.
    QCheckBox *confirmShortNotice() const { return m_confirmShort; }
    QString warningText() const;
    QString errorText() const;

signals:
    void wireTimeChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    QDateTime now() const;
    void resetToDefault();
    void update();
    void retranslateUi();

    ApiActionWizard *m_wizard;
    QLabel *m_label;
    QLineEdit *m_edit;
    QPushButton *m_reset;
    QLabel *m_sent;
    QLabel *m_warning;
    QCheckBox *m_confirmShort;
    QLabel *m_error;
    bool m_initialized = false;
};

} // namespace dataarts::ui
