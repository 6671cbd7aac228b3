#pragma once

#include "wizards/common/LineListPage.h"

#include "csv/EntityListReader.h"

namespace dataarts::ui {

class OfflineWizard;

// Page 1 of the batch-offline wizard: the entities, one `biz_type,biz_id` line each
// (LineListPage: the pane's selection, pasted or typed lines, or an imported CSV).
class SelectionPage : public LineListPage
{
    Q_OBJECT
public:
    explicit SelectionPage(OfflineWizard *wizard);

protected:
    QStringList initialLines() const override;
    Reading read(const QByteArray &text) override;
    void commit() override;
    QString countText(int count) const override;
    QString emptyText() const override;
    QStringList targetHeaders() const override;
    void retranslatePage() override;

private:
    OfflineWizard *m_wizard;
    EntityListReader::Result m_last;
};

} // namespace dataarts::ui
