#include "DetailsPanel.h"

#include "panes/common/StatusBadgeDelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dataarts::ui {

DetailsPanel::DetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_view(new QTreeWidget(this))
    , m_empty(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("detailsView"));
    m_view->setColumnCount(2);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setItemDelegate(new StatusBadgeDelegate(m_view)); // rows fit CJK names
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_empty->setObjectName(QStringLiteral("detailsEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(12);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    retranslateUi();
}

void DetailsPanel::setFields(const Pane::Fields &fields)
{
    m_fields = fields;
    m_view->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(fields.size());
    for (const auto &field : fields) {
        auto *item = new QTreeWidgetItem({field.label, field.value});
        item->setToolTip(1, field.toolTip.isEmpty() ? field.value : field.toolTip);
        items.append(item);
    }
    m_view->addTopLevelItems(items);
    m_stack->setCurrentWidget(fields.isEmpty() ? static_cast<QWidget *>(m_empty) : m_view);
}

void DetailsPanel::retranslateUi()
{
    m_view->setHeaderLabels({tr("Field"), tr("Value")});
    m_view->setAccessibleName(tr("Fields of the selected record"));
    m_empty->setText(tr("Select a record to see its fields here."));
}

void DetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace dataarts::ui
