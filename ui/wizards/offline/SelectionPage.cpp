#include "SelectionPage.h"

#include "OfflineWizard.h"

#include "panes/common/StatusText.h"

#include <QLabel>
#include <QPlainTextEdit>

namespace dataarts::ui {

SelectionPage::SelectionPage(OfflineWizard *wizard)
    : LineListPage(QStringLiteral("entityText"))
    , m_wizard(wizard)
{
    retranslateUi();
}

QStringList SelectionPage::initialLines() const
{
    const QList<BizInfo> &initial = m_wizard->initialSelection();
    QStringList lines;
    lines.reserve(initial.size());
    for (const BizInfo &info : initial)
        lines.append(info.bizType + QLatin1Char(',') + info.bizId);
    return lines;
}

LineListPage::Reading SelectionPage::read(const QByteArray &text)
{
    m_last = EntityListReader::read(text);
    Reading reading{m_last.problems, int(m_last.entities.size()), {}};
    reading.rows.reserve(m_last.entities.size());
    for (const EntityLine &line : std::as_const(m_last.entities)) {
        const QString name = m_wizard->entityName(line.bizId);
        reading.rows.append({name.isEmpty() ? unknownName() : name,
                             StatusText::bizType(line.bizType), line.bizId});
    }
    return reading;
}

void SelectionPage::commit()
{
    QList<BizInfo> entities;
    entities.reserve(m_last.entities.size());
    for (const EntityLine &line : std::as_const(m_last.entities))
        entities.append(BizInfo{line.bizId, line.bizType, EnvType::Unknown});
    m_wizard->setEntities(entities);
}

QString SelectionPage::countText(int count) const
{
    return tr("%n entities", nullptr, count);
}

QStringList SelectionPage::targetHeaders() const
{
    return {tr("Name"), tr("Type"), tr("ID")};
}

QString SelectionPage::emptyText() const
{
    return tr("Select entities in the Tables pane, or paste, type or import "
              "biz_type,biz_id lines.");
}

void SelectionPage::retranslatePage()
{
    setTitle(tr("Entities to take offline"));
    setSubTitle(tr("One entity per line as biz_type,biz_id (any of the 40 entity types)."));
    intro()->setText(tr("The entities selected in the Tables pane are listed. Paste or type "
                        "more lines, or import a CSV file (with or without a header)."));
    editor()->setPlaceholderText(tr("For example: TABLE_MODEL,885123875376193536"));
}

} // namespace dataarts::ui
