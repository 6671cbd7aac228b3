#pragma once

#include "panes/common/RecordPane.h"

#include "client/jobs/ListAllTablesJob.h"
#include "dto/BizInfo.h"
#include "impact/ImpactTarget.h"

namespace dataarts::ui {

class TablesFilterBar;
class TablesModel;

// The Tables pane: the five table kinds of all-tables (name, code, type, status badge,
// database, warehouse type, updated, id), loaded 100 a page in the background; server-side
// name / status / type filters that re-query; the instant filter over the loaded rows;
// multi-select of rows with "select all matching"; "Take offline…" from the toolbar, the
// context menu or Ctrl+Shift+O emits takeOfflineRequested() with the selected tables.
class TablesPane : public RecordPane
{
    Q_OBJECT
public:
    explicit TablesPane(QWidget *parent = nullptr);
    ~TablesPane() override;

    QString title() const override;
    QIcon icon() const override;

    TablesModel *model() const { return m_model; }
    TablesFilterBar *filterBar() const { return m_filterBar; }
    QAction *takeOfflineAction() const { return m_takeOffline; }

    // The server-side filters; setting them re-queries from the first page.
    ListAllTablesJob::Filter serverFilter() const;
    void setServerFilter(const ListAllTablesJob::Filter &filter);

    // The selected tables (biz_type as all-tables returned it, biz_id), in the model's
    // order (the order the server listed them), whatever the filter shows.
    QList<BizInfo> selectedTables() const;
    // The name of every loaded row, by id (the wizard lists pasted ids by name too).
    QHash<QString, QString> loadedNames() const;
    // The same, with their names, table names and databases, for an impact check.
    QList<ImpactTarget> selectedImpactTargets() const;
    QAction *impactAction() const { return m_impact; }

signals:
    // "Take offline…": the batch-offline wizard opens with these entities.
    void takeOfflineRequested(const QList<dataarts::BizInfo> &items);
    // "Impact…": what depends on these tables.
    void impactRequested(const QList<dataarts::ImpactTarget> &targets);

protected:
    void takePage(PageLoader *phase, dataarts::ListJob *job) override;
    QString progressText(qint64 loaded, qint64 total) const override;
    QString summaryText(int shown, int loaded) const override;
    QString remainingText(qint64 remaining) const override;
    void fillContextMenu(QMenu *menu) override;
    void updateActions() override;
    void retranslateUi() override;

private:
    void requestTakeOffline();

    TablesModel *m_model = nullptr;
    TablesFilterBar *m_filterBar = nullptr;
    QAction *m_takeOffline = nullptr;
    QAction *m_impact = nullptr;
};

} // namespace dataarts::ui
