#include "ApisFilterBar.h"

#include "panes/common/StatusText.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace dataarts::ui {

ApisFilterBar::ApisFilterBar(QWidget *parent)
    : ServerFilterBar(parent)
{
    beginQuiet();
    m_type = addCombo(&m_typeLabel, QStringLiteral("serverTypeFilter"));
    for (const ApiType type : enumValues<ApiType>())
        m_type->addItem(QString(), enumName(type));
    m_publish = addCombo(&m_publishLabel, QStringLiteral("serverPublishFilter"));
    m_publish->addItem(QString(), QStringLiteral("PUBLISHED"));
    m_publish->addItem(QString(), QStringLiteral("NOT_PUBLISHED"));
    endQuiet();
    retranslateUi();
}

ListApisJob::Filter ApisFilterBar::filter() const
{
    ListApisJob::Filter f;
    f.name = nameEdit()->text().trimmed();
    f.apiType = m_type->currentData().toString();
    f.publishStatus = m_publish->currentData().toString();
    return f;
}

void ApisFilterBar::setFilter(const ListApisJob::Filter &filter)
{
    beginQuiet();
    nameEdit()->setText(filter.name);
    m_type->setCurrentIndex(qMax(0, m_type->findData(filter.apiType)));
    m_publish->setCurrentIndex(qMax(0, m_publish->findData(filter.publishStatus)));
    endQuiet();
}

void ApisFilterBar::retranslateUi()
{
    ServerFilterBar::retranslateUi();
    nameEdit()->setToolTip(tr("Press Enter to ask the server for the APIs whose name contains "
                              "this text"));
    m_typeLabel->setText(tr("&Type:"));
    m_publishLabel->setText(tr("&Publish status:"));
    m_type->setItemText(0, tr("Any API type"));
    for (int i = 1; i < m_type->count(); ++i)
        m_type->setItemText(
            i, StatusText::apiType(decodeEnum<ApiType>(m_type->itemData(i).toString())));
    m_publish->setItemText(0, tr("Published or not"));
    m_publish->setItemText(1, tr("Published on a cluster"));
    m_publish->setItemText(2, tr("Not published anywhere"));
}

} // namespace dataarts::ui
