#pragma once

#include "dto/BizInfo.h"

#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QTreeWidget;

namespace dataarts {
class TableStatusLookup;
}

namespace dataarts::ui {

class BusyPanel;
class OfflineWizard;

// Page 2: re-reads every entity's status (all-tables, through TableStatusLookup). PUBLISHED
// entities go on; OFFLINE, pending (OFFLINE_DEVELOPING, PUBLISH_DEVELOPING), not published
// (DRAFT, REJECT) and unknown ones (not found, or a kind whose status cannot be listed)
// are listed with counts and left out unless the user includes them. Not complete until
// the read has finished; a failed read shows Retry.
class PreflightPage : public QWizardPage
{
    Q_OBJECT
public:
    enum class Verdict { Published, Offline, Pending, NotPublished, Unknown };

    explicit PreflightPage(OfflineWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    int count(Verdict verdict) const;
    QTreeWidget *excludedList() const { return m_excluded; }
    QCheckBox *includeBox() const { return m_include; }
    BusyPanel *busyPanel() const { return m_busy; }
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Checked {
        BizInfo info;
        Verdict verdict = Verdict::Unknown;
        QString status; // the status name read, if any
    };

    void startLookup();
    void onLookup();
    void showResults();
    void retranslateUi();
    QString reasonFor(const Checked &c) const;

    OfflineWizard *m_wizard;
    BusyPanel *m_busy;
    QLabel *m_counts;
    QTreeWidget *m_excluded;
    QCheckBox *m_include;
    QLabel *m_error;
    QPointer<TableStatusLookup> m_lookup;
    QList<Checked> m_checked;
    bool m_done = false;
};

} // namespace dataarts::ui
