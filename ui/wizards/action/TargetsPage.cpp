#include "TargetsPage.h"

#include "ApiActionWizard.h"

#include <QLabel>
#include <QPlainTextEdit>

namespace dataarts::ui {

TargetsPage::TargetsPage(ApiActionWizard *wizard)
    : LineListPage(QStringLiteral("targetText"))
    , m_wizard(wizard)
{
    retranslateUi();
}

QStringList TargetsPage::initialLines() const
{
    QStringList lines;
    for (const ApiTarget &t : m_wizard->initialSelection())
        lines.append(t.apiId + QLatin1Char(',') + t.instanceId);
    return lines;
}

LineListPage::Reading TargetsPage::read(const QByteArray &text)
{
    m_last = ApiTargetListReader::read(text);
    Reading reading{m_last.problems, int(m_last.targets.size()), {}};
    reading.rows.reserve(m_last.targets.size());
    for (const ApiTargetLine &t : std::as_const(m_last.targets)) {
        const QString api = m_wizard->apiName(t.apiId);
        const QString cluster = m_wizard->clusterName(t.instanceId);
        reading.rows.append({api.isEmpty() ? unknownName() : api,
                             cluster == t.instanceId ? unknownName() : cluster, t.apiId,
                             t.instanceId});
    }
    return reading;
}

void TargetsPage::commit()
{
    QList<ApiActionWizard::Pair> pairs;
    pairs.reserve(m_last.targets.size());
    for (const ApiTargetLine &t : std::as_const(m_last.targets))
        pairs.append({t.apiId, t.instanceId});
    m_wizard->setTargets(pairs);
}

QString TargetsPage::countText(int count) const
{
    return tr("%n API × cluster pairs", nullptr, count);
}

QStringList TargetsPage::targetHeaders() const
{
    return {tr("API"), tr("Cluster"), tr("API ID"), tr("Cluster ID")};
}

QString TargetsPage::emptyText() const
{
    return tr("Select API × cluster pairs in the APIs pane, or paste, type or import "
              "api_id,instance_id lines.");
}

void TargetsPage::retranslatePage()
{
    setTitle(tr("APIs and clusters"));
    setSubTitle(tr("One API × cluster pair per line as api_id,instance_id."));
    intro()->setText(tr("The pairs selected in the APIs pane are listed. Paste or type more "
                        "lines, or import a CSV file (with or without a header)."));
    editor()->setPlaceholderText(tr("For example: 5f1c0a3e9b7d4c2a8e6f0b1d3c5a7e9f,"
                                    "628e06bb0fcd2d05890f98f45b0daa54"));
}

} // namespace dataarts::ui
