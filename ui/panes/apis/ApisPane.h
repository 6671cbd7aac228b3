#pragma once

#include "panes/common/ApiTarget.h"

#include "impact/ImpactTarget.h"
#include "panes/common/RecordPane.h"

#include "client/jobs/ListApisJob.h"
#include "dto/ServiceCluster.h"

namespace dataarts::ui {

class ApisFilterBar;
class ApisModel;

// The APIs pane: one row per DataService API (name, reviewer, type, created, id) and a
// column per exclusive cluster with that pair's status badge. The clusters are loaded
// first (ListServiceClustersJob), then the APIs with x-return-publish-messages.
//
// Selection is per pair: a selected cell in a cluster column is that API on that cluster
// (even "not published", so the wizard can say why it cannot act on it); a selected cell
// in one of the API's own columns stands for every pair of that API that has a publish
// message. "Select all matching" selects the published pairs of every matching API.
// "Unpublish / Stop / Recover…" (toolbar, context menu, Ctrl+Shift+U) emits
// apiActionRequested() with the selected pairs.
class ApisPane : public RecordPane
{
    Q_OBJECT
public:
    explicit ApisPane(QWidget *parent = nullptr);
    ~ApisPane() override;

    QString title() const override;
    QIcon icon() const override;

    ApisModel *model() const { return m_model; }
    ApisFilterBar *filterBar() const { return m_filterBar; }
    QAction *apiActionAction() const { return m_apiAction; }
    PageLoader *clusterLoader() const { return m_clusterLoader; }

    ListApisJob::Filter serverFilter() const;
    void setServerFilter(const ListApisJob::Filter &filter);

    // The selected API x cluster pairs, in the model's order (API, then cluster), whatever
    // the filter shows.
    QList<ApiTarget> selectedTargets() const;
    QAction *impactAction() const { return m_impact; }

signals:
    // "Impact…": what depends on these API x cluster pairs.
    void impactRequested(const QList<dataarts::ImpactTarget> &targets);
    // "Unpublish / Stop / Recover…": the API-action wizard opens with these pairs.
    void apiActionRequested(const QList<dataarts::ui::ApiTarget> &targets);

protected:
    void takePage(PageLoader *phase, dataarts::ListJob *job) override;
    void phaseComplete(PageLoader *phase) override;
    QString progressText(qint64 loaded, qint64 total) const override;
    QString phaseText(PageLoader *phase) const override;
    QString summaryText(int shown, int loaded) const override;
    QString remainingText(qint64 remaining) const override;
    QStringList selectionParts(int firstColumn, int lastColumn) const override;
    QList<QPair<int, int>> selectionColumns(const QStringList &parts) const override;
    int selectionSize(int sourceRow, const QStringList &parts) const override;
    QStringList matchingParts(int sourceRow) const override;
    void fillContextMenu(QMenu *menu) override;
    void updateActions() override;
    void retranslateUi() override;

private:
    void requestApiAction();
    // The targets of a record's selected parts: the clusters picked, and with any of the
    // API's own cells every cluster it is published on.
    void appendTargets(int sourceRow, const QStringList &parts, QList<ApiTarget> *out) const;

    ApisModel *m_model = nullptr;
    ApisFilterBar *m_filterBar = nullptr;
    PageLoader *m_clusterLoader = nullptr;
    QList<ServiceCluster> m_clusters; // as the cluster pages arrive
    QAction *m_apiAction = nullptr;
    QAction *m_impact = nullptr;
};

} // namespace dataarts::ui
