#include "ImpactPage.h"

#include "RunWizard.h"

#include "impact/ImpactView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dataarts::ui {

ImpactPage::ImpactPage(RunWizard *wizard)
    : m_wizard(wizard)
    , m_view(new ImpactView(this))
    , m_leaveOut(new QPushButton(this))
    , m_leftOut(new QLabel(this))
    , m_intro(new QLabel(this))
{
    // The explanation is a label, not the subtitle: a wizard header does not grow, and the
    // Chinese text took three lines and was cut.
    m_intro->setObjectName(QStringLiteral("impactIntro"));
    m_intro->setWordWrap(true);
    setObjectName(QStringLiteral("impactPage"));
    m_leaveOut->setObjectName(QStringLiteral("leaveOutImpact"));
    m_leaveOut->setEnabled(false);
    m_leftOut->setObjectName(QStringLiteral("leftOutLabel"));
    m_leftOut->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_leaveOut);
    row->addWidget(m_leftOut, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(row);
    connect(m_view, &ImpactView::done, this, &ImpactPage::onDone);
    connect(m_leaveOut, &QPushButton::clicked, this, &ImpactPage::leaveOutImpact);
    retranslateUi();
}

void ImpactPage::initializePage()
{
    m_leftOutCount = 0;
    m_leftOut->clear();
    startCheck();
}

void ImpactPage::cleanupPage()
{
    m_view->cancel();
}

bool ImpactPage::isComplete() const
{
    return m_view->isDone();
}

void ImpactPage::startCheck()
{
    m_leaveOut->setEnabled(false);
    m_view->check(m_wizard->session(), m_wizard->impactTargets(), ImpactCheck::Options(),
                  m_wizard->impactCache());
    emit completeChanged();
}

void ImpactPage::onDone()
{
    const int withImpact = int(m_view->keysWithImpact().size());
    m_leaveOut->setEnabled(withImpact > 0);
    m_leaveOut->setText(tr("Leave out the %n target(s) with impact", nullptr, withImpact));
    emit completeChanged();
}

void ImpactPage::leaveOutImpact()
{
    const QStringList keys = m_view->keysWithImpact();
    if (keys.isEmpty())
        return;
    m_wizard->leaveOut(keys);
    m_leftOutCount += int(keys.size());
    m_leftOut->setText(
        tr("%n target(s) with impact left out; they will not be sent.", nullptr, m_leftOutCount));
    // The answers are in the wizard's cache: the check of what is left reads nothing again.
    startCheck();
}

void ImpactPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImpactPage::retranslateUi()
{
    setTitle(tr("Impact"));
    setSubTitle(tr("What still depends on each target, checked before anything is sent."));
    m_intro->setText(tr("What still depends on each target before anything is sent: the APIs, "
                        "lineage and Factory jobs that use a table; the apps authorized to call an "
                        "API and its recent calls. A read that fails shows \"impact unknown\", "
                        "never \"no impact\"."));
    m_leaveOut->setText(tr("Leave out the %n target(s) with impact", nullptr,
                           int(m_view->keysWithImpact().size())));
    m_leaveOut->setAccessibleName(tr("Leave out the targets with impact"));
}

} // namespace dataarts::ui
