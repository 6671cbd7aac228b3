#include "ResumeBanner.h"

#include "runs/RunCenter.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>

namespace dataarts::ui {

ResumeBanner::ResumeBanner(RunCenter *center, QWidget *parent)
    : QFrame(parent)
    , m_center(center)
{
    setObjectName(QStringLiteral("resumeBanner"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("resumeBannerText"));
    m_text->setWordWrap(true);
    layout->addWidget(m_text, 1);
    m_resume = new QPushButton(QIcon(QStringLiteral(":/icons/retry.svg")), QString(), this);
    m_resume->setObjectName(QStringLiteral("resumeRunsButton"));
    m_show = new QPushButton(this);
    m_show->setObjectName(QStringLiteral("showRunsButton"));
    m_dismiss = new QPushButton(this);
    m_dismiss->setObjectName(QStringLiteral("dismissRunsButton"));
    layout->addWidget(m_resume);
    layout->addWidget(m_show);
    layout->addWidget(m_dismiss);
    connect(m_resume, &QPushButton::clicked, this, &ResumeBanner::resumeAll);
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (!m_runs.isEmpty())
            emit showRunRequested(m_runs.first().id);
    });
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    if (m_center)
        connect(m_center, &RunCenter::unfinishedRunsFound, this, &ResumeBanner::setRuns);
    retranslateUi();
    hide();
}

void ResumeBanner::setRuns(const QList<RunSummary> &runs)
{
    m_runs = runs;
    m_error.clear();
    retranslateUi();
    setVisible(!runs.isEmpty());
}

QList<qint64> ResumeBanner::runIds() const
{
    QList<qint64> ids;
    for (const RunSummary &run : m_runs)
        ids.append(run.id);
    return ids;
}

QString ResumeBanner::text() const
{
    return m_text->text();
}

bool ResumeBanner::resumeAll()
{
    if (!m_center)
        return false;
    QList<qint64> resumed;
    QList<RunSummary> left;
    QString error;
    for (const RunSummary &run : std::as_const(m_runs)) {
        if (m_center->resume(run.id) > 0) {
            resumed.append(run.id);
        } else {
            left.append(run);
            error = m_center->errorString();
        }
    }
    m_runs = left;
    m_error = error;
    retranslateUi();
    setVisible(!m_runs.isEmpty());
    if (!resumed.isEmpty())
        emit runsResumed(resumed);
    return left.isEmpty();
}

void ResumeBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void ResumeBanner::retranslateUi()
{
    QString text =
        tr("%n run(s) were interrupted and can be continued.", nullptr, int(m_runs.size()));
    if (!m_error.isEmpty())
        text += QLatin1Char(' ') + tr("Could not resume: %1").arg(m_error);
    m_text->setText(text);
    m_resume->setText(tr("Resume"));
    m_show->setText(tr("Show"));
    m_dismiss->setText(tr("Dismiss"));
}

} // namespace dataarts::ui
