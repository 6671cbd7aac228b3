#pragma once

#include "wizards/common/RunReviewPage.h"

class QLabel;
class QSpinBox;

namespace dataarts::ui {

class OfflineWizard;

// Page 5: what will be sent. Counts per biz type, the approver, schedule and environment,
// the chunking (50 per request by default, editable: field chunkSize) and every request
// exactly as BatchEngine::preview() gives it, "Copy as CLI command". Finish (Submit) starts
// the run (RunReviewPage).
class OfflineReviewPage : public RunReviewPage
{
    Q_OBJECT
public:
    explicit OfflineReviewPage(OfflineWizard *wizard);

    QSpinBox *chunkBox() const { return m_chunk; }

protected:
    QList<Count> counts() const override;
    QStringList summaryLines(const RunSpec &spec,
                             const QList<RequestPreview> &previews) const override;
    void retranslatePage() override;

private:
    OfflineWizard *m_wizard;
    QLabel *m_chunkLabel;
    QSpinBox *m_chunk;
};

} // namespace dataarts::ui
