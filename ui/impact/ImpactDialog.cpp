#include "ImpactDialog.h"

#include "ImpactView.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QVBoxLayout>

namespace dataarts::ui {

ImpactDialog::ImpactDialog(Session *session, const QList<ImpactTarget> &targets, QWidget *parent)
    : QDialog(parent)
    , m_view(new ImpactView(this))
    , m_targets(int(targets.size()))
{
    setObjectName(QStringLiteral("impactDialog"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(960, 560);
    retranslateUi();
    m_view->check(session, targets, ImpactCheck::Options(), &m_cache);
}

void ImpactDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImpactDialog::retranslateUi()
{
    setWindowTitle(tr("Impact of %n target(s)", nullptr, m_targets));
}

} // namespace dataarts::ui
