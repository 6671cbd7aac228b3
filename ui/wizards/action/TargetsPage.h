#pragma once

#include "wizards/common/LineListPage.h"

#include "csv/ApiTargetListReader.h"

namespace dataarts::ui {

class ApiActionWizard;

// Page 1 of the API-action wizard: API x cluster pairs, one `api_id,instance_id` line each
// (LineListPage: the pane's selection, pasted or typed lines, or an imported file).
class TargetsPage : public LineListPage
{
    Q_OBJECT
public:
    explicit TargetsPage(ApiActionWizard *wizard);

protected:
    QStringList initialLines() const override;
    Reading read(const QByteArray &text) override;
    void commit() override;
    QString countText(int count) const override;
    QString emptyText() const override;
    QStringList targetHeaders() const override;
    void retranslatePage() override;

private:
    ApiActionWizard *m_wizard;
    ApiTargetListReader::Result m_last;
};

} // namespace dataarts::ui
