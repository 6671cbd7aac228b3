#include "ApisFilterBar.h"

#include "panes/common/StatusText.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dataarts::ui {

ApisFilterBar::ApisFilterBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 0);

    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("serverNameFilter"));
    m_name->setClearButtonEnabled(true);
    m_nameLabel->setBuddy(m_name);
    m_typeLabel = new QLabel(this);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("serverTypeFilter"));
    m_typeLabel->setBuddy(m_type);
    m_publishLabel = new QLabel(this);
    m_publish = new QComboBox(this);
    m_publish->setObjectName(QStringLiteral("serverPublishFilter"));
    m_publishLabel->setBuddy(m_publish);
    m_search = new QPushButton(this);
    m_search->setObjectName(QStringLiteral("serverSearchButton"));

    layout->addWidget(m_nameLabel);
    layout->addWidget(m_name, 1);
    layout->addWidget(m_typeLabel);
    layout->addWidget(m_type);
    layout->addWidget(m_publishLabel);
    layout->addWidget(m_publish);
    layout->addWidget(m_search);

    m_type->addItem(QString());
    for (const ApiType type : enumValues<ApiType>())
        m_type->addItem(QString(), enumName(type));
    m_publish->addItem(QString());
    m_publish->addItem(QString(), QStringLiteral("PUBLISHED"));
    m_publish->addItem(QString(), QStringLiteral("NOT_PUBLISHED"));
    retranslateUi();

    auto changed = [this] {
        if (!m_quiet)
            emit filterChanged();
    };
    connect(m_name, &QLineEdit::returnPressed, this, changed);
    connect(m_search, &QPushButton::clicked, this, changed);
    connect(m_type, &QComboBox::currentIndexChanged, this, changed);
    connect(m_publish, &QComboBox::currentIndexChanged, this, changed);
}

ListApisJob::Filter ApisFilterBar::filter() const
{
    ListApisJob::Filter f;
    f.name = m_name->text().trimmed();
    f.apiType = m_type->currentData().toString();
    f.publishStatus = m_publish->currentData().toString();
    return f;
}

void ApisFilterBar::setFilter(const ListApisJob::Filter &filter)
{
    m_quiet = true;
    m_name->setText(filter.name);
    m_type->setCurrentIndex(qMax(0, m_type->findData(filter.apiType)));
    m_publish->setCurrentIndex(qMax(0, m_publish->findData(filter.publishStatus)));
    m_quiet = false;
}

void ApisFilterBar::retranslateUi()
{
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("Search the server by name"));
    m_name->setToolTip(tr("Press Enter to ask the server for the APIs whose name contains "
                          "this text"));
    m_typeLabel->setText(tr("&Type:"));
    m_publishLabel->setText(tr("&Publish status:"));
    m_search->setText(tr("Search"));
    m_type->setItemText(0, tr("Any API type"));
    for (int i = 1; i < m_type->count(); ++i)
        m_type->setItemText(
            i, StatusText::apiType(decodeEnum<ApiType>(m_type->itemData(i).toString())));
    m_publish->setItemText(0, tr("Published or not"));
    m_publish->setItemText(1, tr("Published on a cluster"));
    m_publish->setItemText(2, tr("Not published anywhere"));
}

void ApisFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace dataarts::ui
