#include "ServerFilterBar.h"

#include "AccessibleText.h"
#include "WrapLayout.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dataarts::ui {

ServerFilterBar::ServerFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new WrapLayout(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_search(new QPushButton(this))
{
    m_layout->setContentsMargins(6, 4, 6, 0);
    m_name->setObjectName(QStringLiteral("serverNameFilter"));
    m_name->setClearButtonEnabled(true);
    m_nameLabel->setBuddy(m_name);
    m_search->setObjectName(QStringLiteral("serverSearchButton"));
    m_layout->addGroup({m_nameLabel, m_name}, 1);
    m_layout->addWidget(m_search);
    connect(m_name, &QLineEdit::returnPressed, this, &ServerFilterBar::changed);
    connect(m_search, &QPushButton::clicked, this, &ServerFilterBar::changed);
}

QComboBox *ServerFilterBar::addCombo(QLabel **label, const QString &objectName)
{
    *label = new QLabel(this);
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    (*label)->setBuddy(combo);
    combo->addItem(QString());
    m_layout->insertGroup(m_layout->indexOf(m_search), {*label, combo});
    connect(combo, &QComboBox::currentIndexChanged, this, &ServerFilterBar::changed);
    return combo;
}

void ServerFilterBar::changed()
{
    if (!m_quiet)
        emit filterChanged();
}

void ServerFilterBar::retranslateUi()
{
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("Search the server by name"));
    accessibleText::nameLineEditButtons(m_name);
    m_search->setText(tr("Search"));
}

void ServerFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace dataarts::ui
