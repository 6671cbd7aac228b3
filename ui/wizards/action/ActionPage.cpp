#include "ActionPage.h"

#include "panes/common/StatusText.h"

#include "ApiActionWizard.h"

#include "dto/Enums.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dataarts::ui {

ActionPage::ActionPage(ApiActionWizard *)
    : m_group(new QButtonGroup(this))
    , m_unpublish(new QRadioButton(this))
    , m_stop(new QRadioButton(this))
    , m_recover(new QRadioButton(this))
    , m_unpublishText(new QLabel(this))
    , m_stopText(new QLabel(this))
    , m_recoverText(new QLabel(this))
    , m_error(new QLabel(this))
{
    m_unpublish->setObjectName(QStringLiteral("unpublish"));
    m_stop->setObjectName(QStringLiteral("stop"));
    m_recover->setObjectName(QStringLiteral("recover"));
    m_group->addButton(m_unpublish, int(ApiAction::Unpublish));
    m_group->addButton(m_stop, int(ApiAction::Stop));
    m_group->addButton(m_recover, int(ApiAction::Recover));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    const QList<QPair<QRadioButton *, QLabel *>> rows = {
        {m_unpublish, m_unpublishText}, {m_stop, m_stopText}, {m_recover, m_recoverText}};
    for (const auto &row : rows) {
        row.second->setWordWrap(true);
        row.second->setIndent(24);
        layout->addWidget(row.first);
        layout->addWidget(row.second);
    }
    layout->addStretch(1);
    layout->addWidget(m_error);
    registerField(ApiActionWizard::actionField(), this, "action", SIGNAL(actionChanged()));
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on) {
            m_error->hide();
            emit actionChanged();
        }
    });
    retranslateUi();
}

int ActionPage::action() const
{
    const int id = m_group->checkedId();
    return id < 0 ? int(ApiAction::Unknown) : id;
}

void ActionPage::setAction(int apiAction)
{
    if (QAbstractButton *b = m_group->button(apiAction))
        b->setChecked(true);
}

QRadioButton *ActionPage::button(int apiAction) const
{
    return qobject_cast<QRadioButton *>(m_group->button(apiAction));
}

bool ActionPage::validatePage()
{
    if (action() == int(ApiAction::Unknown)) {
        m_error->setText(tr("Choose what to do with the APIs."));
        m_error->show();
        return false;
    }
    return true;
}

QString ActionPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ActionPage::explanation(int apiAction)
{
    switch (ApiAction(apiAction)) {
    case ApiAction::Unpublish:
        return tr("Takes the API off the cluster; its authorizations are removed. Authorized "
                  "apps get two days' notice.");
    case ApiAction::Stop:
        return tr("Suspends the API on the cluster; its authorizations are kept. Authorized "
                  "apps get two days' notice.");
    case ApiAction::Recover:
        return tr("Resumes a stopped API; its authorizations are restored. Without the "
                  "reviewer's rights the reviewer must approve it.");
    default:
        return {};
    }
}

void ActionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ActionPage::retranslateUi()
{
    setTitle(tr("Action"));
    setSubTitle(tr("What should happen to the APIs on these clusters?"));
    // The verbs; the action as sent in the tooltips.
    m_unpublish->setText(tr("&Unpublish"));
    m_stop->setText(tr("S&top"));
    m_recover->setText(tr("&Recover"));
    m_unpublish->setToolTip(StatusText::asSent(enumName(ApiAction::Unpublish)));
    m_stop->setToolTip(StatusText::asSent(enumName(ApiAction::Stop)));
    m_recover->setToolTip(StatusText::asSent(enumName(ApiAction::Recover)));
    m_unpublishText->setText(explanation(int(ApiAction::Unpublish)));
    m_stopText->setText(explanation(int(ApiAction::Stop)));
    m_recoverText->setText(explanation(int(ApiAction::Recover)));
}

} // namespace dataarts::ui
