#include "BusyPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace dataarts::ui {

BusyPanel::BusyPanel(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_retry(new QPushButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(160);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_retry);
    m_retry->setText(tr("&Retry"));
    m_retry->hide();
    m_bar->hide();
    connect(m_retry, &QPushButton::clicked, this, &BusyPanel::retryRequested);
}

void BusyPanel::showBusy(const QString &text, qint64 done, qint64 total)
{
    m_label->setText(text);
    if (total > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
    } else {
        m_bar->setRange(0, 0);
    }
    m_bar->show();
    m_retry->hide();
}

void BusyPanel::showError(const QString &text)
{
    m_label->setText(text);
    m_bar->hide();
    m_retry->show();
}

void BusyPanel::showDone(const QString &text)
{
    m_label->setText(text);
    m_bar->hide();
    m_retry->hide();
}

QString BusyPanel::text() const
{
    return m_label->text();
}

bool BusyPanel::isShowingError() const
{
    return !m_retry->isHidden();
}

void BusyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_retry->setText(tr("&Retry"));
    QWidget::changeEvent(event);
}

} // namespace dataarts::ui
