#include "TablesFilterBar.h"

#include "panes/common/StatusText.h"

#include "dto/BizType.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace dataarts::ui {

TablesFilterBar::TablesFilterBar(QWidget *parent)
    : ServerFilterBar(parent)
{
    // Items first (data = the wire names), then their texts.
    beginQuiet();
    m_status = addCombo(&m_statusLabel, QStringLiteral("serverStatusFilter"));
    for (const BizStatus status : enumValues<BizStatus>())
        m_status->addItem(QString(), enumName(status));
    m_type = addCombo(&m_typeLabel, QStringLiteral("serverTypeFilter"));
    for (const QString &type : bizTypes::tableTypes())
        m_type->addItem(QString(), type);
    endQuiet();
    retranslateUi();
}

ListAllTablesJob::Filter TablesFilterBar::filter() const
{
    ListAllTablesJob::Filter f;
    f.name = nameEdit()->text().trimmed();
    f.status = m_status->currentData().toString();
    const QString type = m_type->currentData().toString();
    if (!type.isEmpty())
        f.bizTypes = QStringList{type};
    return f;
}

void TablesFilterBar::setFilter(const ListAllTablesJob::Filter &filter)
{
    beginQuiet();
    nameEdit()->setText(filter.name);
    m_status->setCurrentIndex(qMax(0, m_status->findData(filter.status)));
    m_type->setCurrentIndex(
        filter.bizTypes.size() == 1 ? qMax(0, m_type->findData(filter.bizTypes.first())) : 0);
    endQuiet();
}

void TablesFilterBar::retranslateUi()
{
    ServerFilterBar::retranslateUi();
    nameEdit()->setToolTip(tr("Press Enter to ask the server for the tables whose name contains "
                              "this text"));
    m_statusLabel->setText(tr("&Status:"));
    m_typeLabel->setText(tr("&Type:"));
    m_status->setItemText(0, tr("Any status"));
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemText(
            i, StatusText::bizStatus(decodeEnum<BizStatus>(m_status->itemData(i).toString())));
    m_type->setItemText(0, tr("Any table type"));
    for (int i = 1; i < m_type->count(); ++i)
        m_type->setItemText(i, StatusText::tableType(m_type->itemData(i).toString()));
}

} // namespace dataarts::ui
