#include "ApprovalsFilterBar.h"

#include "panes/common/AccessibleText.h"
#include "panes/common/StatusText.h"
#include "panes/common/WrapLayout.h"

#include "dto/BizType.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dataarts::ui {

ApprovalsFilterBar::ApprovalsFilterBar(QWidget *parent)
    : QWidget(parent)
{
    // As many lines as the width needs: the pane fits a 1,024-px window, and 800 px at 200 %.
    auto *layout = new WrapLayout(this);
    layout->setContentsMargins(6, 4, 6, 0);

    auto label = [this](QLabel **out, QWidget *buddy) {
        *out = new QLabel(this);
        (*out)->setBuddy(buddy);
    };
    m_view = new QComboBox(this);
    m_view->setObjectName(QStringLiteral("approvalsView"));
    m_view->addItem(QString(), int(View::WaitingForMe));
    m_view->addItem(QString(), int(View::MyRequests));
    label(&m_viewLabel, m_view);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("approvalsUser"));
    label(&m_userLabel, m_user);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("serverNameFilter"));
    m_name->setClearButtonEnabled(true);
    label(&m_nameLabel, m_name);
    m_search = new QPushButton(this);
    m_search->setObjectName(QStringLiteral("serverSearchButton"));

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("approvalTypeFilter"));
    m_type->addItem(QString());
    m_type->addItem(QString(), QStringLiteral("OFFLINE"));
    m_type->addItem(QString(), QStringLiteral("PUBLISH"));
    label(&m_typeLabel, m_type);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("approvalStatusFilter"));
    m_status->addItem(QString());
    m_status->addItem(QString(), QStringLiteral("DEVELOPING"));
    m_status->addItem(QString(), QStringLiteral("APPROVED"));
    m_status->addItem(QString(), QStringLiteral("REJECT"));
    label(&m_statusLabel, m_status);
    m_bizType = new QComboBox(this);
    m_bizType->setObjectName(QStringLiteral("bizTypeFilter"));
    m_bizType->addItem(QString());
    for (const QString &type : bizTypes::all())
        m_bizType->addItem(type, type);
    // Forty type names: the list shows them whole, the box needs not be as wide as the longest.
    m_bizType->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_bizType->setMinimumContentsLength(16);
    label(&m_bizTypeLabel, m_bizType);
    m_submitter = new QLineEdit(this);
    m_submitter->setObjectName(QStringLiteral("submitterFilter"));
    m_submitter->setClearButtonEnabled(true);
    label(&m_submitterLabel, m_submitter);
    m_timeRange = new QCheckBox(this);
    m_timeRange->setObjectName(QStringLiteral("timeRangeFilter"));
    m_from = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this);
    m_from->setObjectName(QStringLiteral("fromTime"));
    m_from->setCalendarPopup(true);
    m_to = new QDateTimeEdit(QDateTime::currentDateTime().addDays(1), this);
    m_to->setObjectName(QStringLiteral("toTime"));
    m_to->setCalendarPopup(true);

    layout->addGroup({m_viewLabel, m_view});
    layout->addGroup({m_userLabel, m_user});
    layout->addGroup({m_nameLabel, m_name}, 1);
    layout->addWidget(m_search);
    layout->addGroup({m_typeLabel, m_type});
    layout->addGroup({m_statusLabel, m_status});
    layout->addGroup({m_bizTypeLabel, m_bizType});
    layout->addGroup({m_submitterLabel, m_submitter});
    layout->addGroup({m_timeRange, m_from, m_to});

    retranslateUi();
    updateEnabled();

    connect(m_view, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        changed();
    });
    connect(m_user, &QLineEdit::returnPressed, this, &ApprovalsFilterBar::changed);
    connect(m_name, &QLineEdit::returnPressed, this, &ApprovalsFilterBar::changed);
    connect(m_submitter, &QLineEdit::returnPressed, this, &ApprovalsFilterBar::changed);
    connect(m_search, &QPushButton::clicked, this, &ApprovalsFilterBar::changed);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ApprovalsFilterBar::changed);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ApprovalsFilterBar::changed);
    connect(m_bizType, &QComboBox::currentIndexChanged, this, &ApprovalsFilterBar::changed);
    connect(m_timeRange, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        changed();
    });
    connect(m_from, &QDateTimeEdit::editingFinished, this, [this] {
        if (m_timeRange->isChecked())
            changed();
    });
    connect(m_to, &QDateTimeEdit::editingFinished, this, [this] {
        if (m_timeRange->isChecked())
            changed();
    });
}

void ApprovalsFilterBar::changed()
{
    if (!m_quiet)
        emit filterChanged();
}

ApprovalsFilterBar::View ApprovalsFilterBar::view() const
{
    return View(m_view->currentData().toInt());
}

void ApprovalsFilterBar::setView(View view)
{
    m_quiet = true;
    m_view->setCurrentIndex(qMax(0, m_view->findData(int(view))));
    updateEnabled();
    m_quiet = false;
}

QString ApprovalsFilterBar::userName() const
{
    return m_user->text().trimmed();
}

void ApprovalsFilterBar::setUserName(const QString &name)
{
    m_user->setText(name);
}

ListApprovalsJob::Filter ApprovalsFilterBar::architectureFilter() const
{
    ListApprovalsJob::Filter f;
    f.name = m_name->text().trimmed();
    f.approvalType = m_type->currentData().toString();
    f.bizType = m_bizType->currentData().toString();
    if (view() == View::WaitingForMe) {
        f.approvalStatus = QStringLiteral("DEVELOPING");
        f.approver = userName();
        f.createBy = m_submitter->text().trimmed();
    } else {
        f.approvalStatusDetail = m_status->currentData().toString();
        f.createBy = userName();
    }
    if (m_timeRange->isChecked()) {
        f.beginTime = m_from->dateTime().toUTC();
        f.endTime = m_to->dateTime().toUTC();
    }
    return f;
}

QString ApprovalsFilterBar::apiName() const
{
    return m_name->text().trimmed();
}

void ApprovalsFilterBar::updateEnabled()
{
    const bool waiting = view() == View::WaitingForMe;
    m_status->setEnabled(!waiting);
    m_submitter->setEnabled(waiting);
    m_from->setEnabled(m_timeRange->isChecked());
    m_to->setEnabled(m_timeRange->isChecked());
}

void ApprovalsFilterBar::retranslateUi()
{
    m_viewLabel->setText(tr("&Show:"));
    m_view->setItemText(0, tr("Waiting for me"));
    m_view->setItemText(1, tr("My requests"));
    m_userLabel->setText(tr("&Me:"));
    m_user->setPlaceholderText(tr("Your user name"));
    m_user->setToolTip(tr("The user name approvals name you by, as approver and as submitter; "
                          "press Enter to apply"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("Search the server by entity or API name"));
    accessibleText::nameLineEditButtons(m_name);
    accessibleText::nameLineEditButtons(m_submitter);
    m_search->setText(tr("Search"));
    m_typeLabel->setText(tr("&Type:"));
    m_type->setItemText(0, tr("Offline and publish"));
    m_type->setItemText(1, tr("Offline"));
    m_type->setItemText(2, tr("Publish"));
    m_statusLabel->setText(tr("Stat&us:"));
    m_status->setItemText(0, tr("Any status"));
    m_status->setItemText(1, tr("Waiting"));
    m_status->setItemText(2, tr("Approved"));
    m_status->setItemText(3, tr("Rejected"));
    m_bizTypeLabel->setText(tr("&Entity type:"));
    m_bizType->setItemText(0, tr("Any entity type"));
    for (int i = 1; i < m_bizType->count(); ++i) {
        const QString type = m_bizType->itemData(i).toString();
        m_bizType->setItemText(i, StatusText::bizType(type));
        m_bizType->setItemData(i, StatusText::asSent(type), Qt::ToolTipRole);
    }
    m_submitterLabel->setText(tr("Su&bmitter:"));
    m_submitter->setPlaceholderText(tr("Any submitter"));
    m_timeRange->setText(tr("Submitted bet&ween"));
    m_from->setAccessibleName(tr("Submitted from"));
    m_to->setAccessibleName(tr("Submitted until"));
}

void ApprovalsFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace dataarts::ui
