#pragma once

#include "wizards/common/RunReviewPage.h"

namespace dataarts::ui {

class ApiActionWizard;

// Page 5: counts per cluster, what happens to the authorizations, the effective time, and
// the exact request per pair (BatchEngine::preview), "Copy as CLI command". Finish (Submit)
// starts the run (RunReviewPage).
class ActionReviewPage : public RunReviewPage
{
    Q_OBJECT
public:
    explicit ActionReviewPage(ApiActionWizard *wizard);

protected:
    QList<Count> counts() const override;
    QStringList summaryLines(const RunSpec &spec,
                             const QList<RequestPreview> &previews) const override;
    void retranslatePage() override;

private:
    ApiActionWizard *m_wizard;
};

} // namespace dataarts::ui
