#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace dataarts::ui {

class OfflineWizard;

// Page 4: an optional time of day for the offline (HH:MM in the user's locale, sent as
// schedule_time "MM_HH") and the environment type (env_type, not sent by default). Fields
// scheduleEnabled, scheduleTime (the text) and envType (an EnvType as int).
class SchedulePage : public QWizardPage
{
    Q_OBJECT
    Q_PROPERTY(int envType READ envType NOTIFY envTypeChanged)
public:
    explicit SchedulePage(OfflineWizard *wizard);

    bool validatePage() override;
    int envType() const;

    QCheckBox *scheduleBox() const { return m_schedule; }
    QLineEdit *timeEdit() const { return m_time; }
    QComboBox *envCombo() const { return m_env; }
    QString errorText() const;
    QString hintText() const;

signals:
    void envTypeChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateHint();

    QCheckBox *m_schedule;
    QLineEdit *m_time;
    QLabel *m_hint;
    QLabel *m_envLabel;
    QComboBox *m_env;
    QLabel *m_envHint;
    QLabel *m_error;
};

} // namespace dataarts::ui
