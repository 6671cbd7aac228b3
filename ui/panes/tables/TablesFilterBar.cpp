#include "TablesFilterBar.h"

#include "panes/common/StatusText.h"

#include "dto/BizType.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dataarts::ui {

TablesFilterBar::TablesFilterBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 0);

    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("serverNameFilter"));
    m_name->setClearButtonEnabled(true);
    m_nameLabel->setBuddy(m_name);
    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("serverStatusFilter"));
    m_statusLabel->setBuddy(m_status);
    m_typeLabel = new QLabel(this);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("serverTypeFilter"));
    m_typeLabel->setBuddy(m_type);
    m_search = new QPushButton(this);
    m_search->setObjectName(QStringLiteral("serverSearchButton"));

    layout->addWidget(m_nameLabel);
    layout->addWidget(m_name, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_status);
    layout->addWidget(m_typeLabel);
    layout->addWidget(m_type);
    layout->addWidget(m_search);

    // Items first (data = the wire names), then their texts.
    m_status->addItem(QString());
    for (const BizStatus status : enumValues<BizStatus>())
        m_status->addItem(QString(), enumName(status));
    m_type->addItem(QString());
    for (const QString &type : bizTypes::tableTypes())
        m_type->addItem(QString(), type);
    retranslateUi();

    auto changed = [this] {
        if (!m_quiet)
            emit filterChanged();
    };
    connect(m_name, &QLineEdit::returnPressed, this, changed);
    connect(m_search, &QPushButton::clicked, this, changed);
    connect(m_status, &QComboBox::currentIndexChanged, this, changed);
    connect(m_type, &QComboBox::currentIndexChanged, this, changed);
}

ListAllTablesJob::Filter TablesFilterBar::filter() const
{
    ListAllTablesJob::Filter f;
    f.name = m_name->text().trimmed();
    f.status = m_status->currentData().toString();
    const QString type = m_type->currentData().toString();
    if (!type.isEmpty())
        f.bizTypes = QStringList{type};
    return f;
}

void TablesFilterBar::setFilter(const ListAllTablesJob::Filter &filter)
{
    m_quiet = true;
    m_name->setText(filter.name);
    m_status->setCurrentIndex(qMax(0, m_status->findData(filter.status)));
    m_type->setCurrentIndex(
        filter.bizTypes.size() == 1 ? qMax(0, m_type->findData(filter.bizTypes.first())) : 0);
    m_quiet = false;
}

void TablesFilterBar::retranslateUi()
{
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("Search the server by name"));
    m_name->setToolTip(tr("Press Enter to ask the server for the tables whose name contains "
                          "this text"));
    m_statusLabel->setText(tr("&Status:"));
    m_typeLabel->setText(tr("&Type:"));
    m_search->setText(tr("Search"));
    m_status->setItemText(0, tr("Any status"));
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemText(
            i, StatusText::bizStatus(decodeEnum<BizStatus>(m_status->itemData(i).toString())));
    m_type->setItemText(0, tr("Any table type"));
    for (int i = 1; i < m_type->count(); ++i)
        m_type->setItemText(i, StatusText::tableType(m_type->itemData(i).toString()));
}

void TablesFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace dataarts::ui
