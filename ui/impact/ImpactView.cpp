#include "ImpactView.h"

#include "CallSparkDelegate.h"

#include "impact/ImpactReport.h"

#include <QCheckBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dataarts::ui {

namespace {

constexpr int VerdictRole = Qt::UserRole + 41;

QString findingLabel(const ImpactFinding &f)
{
    switch (f.kind) {
    case ImpactFinding::Kind::ApiReader:
        return ImpactView::tr("API that reads it");
    case ImpactFinding::Kind::Downstream:
        return ImpactView::tr("Downstream (%n hop(s))", nullptr, f.depth);
    case ImpactFinding::Kind::FactoryJob:
        return ImpactView::tr("Factory job");
    case ImpactFinding::Kind::FactoryScript:
        return ImpactView::tr("Factory script");
    case ImpactFinding::Kind::AuthorizedApp:
        return ImpactView::tr("Authorized app");
    case ImpactFinding::Kind::RecentCalls:
        return ImpactView::tr("Recent calls");
    }
    return {};
}

QString findingDetail(const ImpactFinding &f, const QLocale &locale)
{
    switch (f.kind) {
    case ImpactFinding::Kind::Downstream:
        return f.typeName;
    case ImpactFinding::Kind::AuthorizedApp:
        return f.expires.isValid() ? ImpactView::tr("%1, authorized until %2")
                                         .arg(f.linkState, locale.toString(f.expires.toLocalTime(),
                                                                           QLocale::ShortFormat))
                                   : f.linkState;
    default:
        return {};
    }
}

} // namespace

ImpactView::ImpactView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_onlyImpact(new QCheckBox(this))
    , m_export(new QPushButton(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("impactView"));
    m_summary->setObjectName(QStringLiteral("impactSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_bar->setObjectName(QStringLiteral("impactProgress"));
    m_bar->setTextVisible(true);
    m_onlyImpact->setObjectName(QStringLiteral("onlyImpact"));
    m_export->setObjectName(QStringLiteral("exportImpact"));
    m_export->setEnabled(false);
    m_tree->setObjectName(QStringLiteral("impactTree"));
    m_tree->setColumnCount(ColumnCount);
    // Each row measured with its own text: a CJK name draws from a taller fallback font, and
    // one height taken from the first row would clip its underscores.
    m_tree->setUniformRowHeights(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    m_tree->setItemDelegateForColumn(CallsColumn, new CallSparkDelegate(m_tree));
    // Ids are long (TYPE:19 digits, 32-hex API@cluster): they elide in the middle, in full in
    // the tooltip; the verdict is never cut; what depends on it takes the rest.
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->header()->setSectionResizeMode(VerdictColumn, QHeaderView::ResizeToContents);
    m_tree->setColumnWidth(TargetColumn, 200);
    m_tree->setColumnWidth(IdColumn, 150);
    m_tree->header()->setSectionResizeMode(CallsColumn, QHeaderView::ResizeToContents);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_onlyImpact);
    tools->addStretch(1);
    tools->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_bar);
    layout->addLayout(tools);
    layout->addWidget(m_tree, 1);

    connect(m_onlyImpact, &QCheckBox::toggled, this, &ImpactView::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &ImpactView::chooseExport);
    setTabOrder(m_onlyImpact, m_export);
    setTabOrder(m_export, m_tree);
    retranslateUi();
}

ImpactView::~ImpactView()
{
    cancel();
}

void ImpactView::check(Session *session, const QList<ImpactTarget> &targets,
                       ImpactCheck::Options options, ImpactCache *cache)
{
    cancel();
    m_done = false;
    m_results.clear();
    m_tree->clear();
    m_export->setEnabled(false);
    m_options = options;
    m_check = new ImpactCheck(session, targets, options, cache, this);
    connect(m_check, &ImpactCheck::progress, this, &ImpactView::onProgress);
    connect(m_check, &ImpactCheck::finished, this, &ImpactView::onFinished);
    m_bar->setRange(0, qMax(1, int(targets.size())));
    m_bar->setValue(0);
    m_bar->show();
    m_summary->setText(tr("Checking what depends on %n target(s)…", nullptr, int(targets.size())));
    m_check->start();
}

void ImpactView::cancel()
{
    if (!m_check)
        return;
    ImpactCheck *check = m_check;
    m_check = nullptr;
    check->disconnect(this);
    check->cancel();
    check->deleteLater();
}

void ImpactView::onProgress(int done, int total)
{
    m_bar->setRange(0, qMax(1, total));
    m_bar->setValue(done);
}

void ImpactView::onFinished()
{
    ImpactCheck *check = m_check;
    if (!check)
        return;
    m_check = nullptr;
    m_results = check->results();
    check->deleteLater();
    m_done = true;
    m_bar->hide();
    fill();
    m_export->setEnabled(true);
    emit done();
}

int ImpactView::count(TargetImpact::Verdict verdict) const
{
    int n = 0;
    for (const TargetImpact &t : m_results)
        n += t.verdict() == verdict ? 1 : 0;
    return n;
}

QStringList ImpactView::keysWithImpact() const
{
    QStringList keys;
    for (const TargetImpact &t : m_results) {
        if (t.hasImpact())
            keys.append(t.target.key());
    }
    return keys;
}

ImpactReport ImpactView::report() const
{
    ImpactReport r;
    r.targets = m_results;
    r.days = m_options.days;
    r.depth = m_options.depth;
    return r;
}

QTreeWidgetItem *ImpactView::itemFor(const TargetImpact &t) const
{
    const QLocale loc = locale();
    const TargetImpact::Verdict verdict = t.verdict();
    auto *item = new QTreeWidgetItem;
    item->setText(TargetColumn, t.target.displayName());
    item->setText(IdColumn, t.target.key());
    item->setToolTip(IdColumn, t.target.key());
    item->setText(VerdictColumn, TargetImpact::verdictText(verdict));
    item->setData(VerdictColumn, VerdictRole, int(verdict));
    item->setText(DetailColumn, t.summary());
    item->setToolTip(DetailColumn, t.summary());
    if (verdict == TargetImpact::Verdict::HasImpact || verdict == TargetImpact::Verdict::Unknown) {
        QFont bold = item->font(VerdictColumn);
        bold.setBold(true);
        item->setFont(VerdictColumn, bold);
    }
    if (!t.target.isEntity() && t.calls.known) {
        QVariantList daily;
        for (const auto &day : t.calls.daily)
            daily.append(day.second);
        item->setData(CallsColumn, CallSparkDelegate::DailyRole, daily);
        const QDate last = t.calls.lastDayWithCalls();
        item->setText(CallsColumn,
                      tr("7 days: %1, 30 days: %2")
                          .arg(loc.toString(t.calls.calls(7)), loc.toString(t.calls.calls(30))));
        item->setToolTip(
            CallsColumn,
            tr("Calls in the last 7 days: %1 (%2 failed); in the last 30 days: %3 "
               "(%4 failed); last day with calls: %5")
                .arg(loc.toString(t.calls.calls(7)), loc.toString(t.calls.failed(7)),
                     loc.toString(t.calls.calls(30)), loc.toString(t.calls.failed(30)),
                     last.isValid() ? loc.toString(last, QLocale::ShortFormat) : tr("none")));
    }
    for (const ImpactFinding &f : t.findings) {
        if (f.kind == ImpactFinding::Kind::RecentCalls)
            continue; // shown in the calls column
        auto *child = new QTreeWidgetItem(item);
        child->setText(TargetColumn, f.name.isEmpty() ? f.id : f.name);
        child->setText(IdColumn, f.id);
        child->setToolTip(IdColumn, f.id);
        child->setText(VerdictColumn, findingLabel(f));
        child->setText(DetailColumn, findingDetail(f, loc));
    }
    for (const ImpactGap &g : t.gaps) {
        auto *child = new QTreeWidgetItem(item);
        child->setText(TargetColumn, tr("Could not be checked"));
        child->setText(IdColumn, g.code);
        child->setText(VerdictColumn, TargetImpact::verdictText(TargetImpact::Verdict::Unknown));
        child->setText(DetailColumn, g.reason);
        child->setToolTip(DetailColumn, g.reason);
    }
    return item;
}

void ImpactView::fill()
{
    m_tree->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(m_results.size());
    bool anyPair = false;
    for (const TargetImpact &t : std::as_const(m_results)) {
        items.append(itemFor(t));
        anyPair = anyPair || !t.target.isEntity();
    }
    m_tree->addTopLevelItems(items);
    // Calls are counted for APIs only: no empty column for a list of tables.
    m_tree->setColumnHidden(CallsColumn, !anyPair);
    const QLocale loc = locale();
    using V = TargetImpact::Verdict;
    m_summary->setText(tr("%1 with impact, %2 impact unknown (could not be checked), %3 with no "
                          "impact found, %4 not applicable.")
                           .arg(loc.toString(count(V::HasImpact)), loc.toString(count(V::Unknown)),
                                loc.toString(count(V::NoImpact)),
                                loc.toString(count(V::NotApplicable))));
    applyFilter();
}

void ImpactView::applyFilter()
{
    const bool only = m_onlyImpact->isChecked();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const auto verdict = TargetImpact::Verdict(item->data(VerdictColumn, VerdictRole).toInt());
        item->setHidden(only && verdict != TargetImpact::Verdict::HasImpact &&
                        verdict != TargetImpact::Verdict::Unknown);
    }
}

bool ImpactView::exportTo(const QString &path, QString *error) const
{
    const ImpactReport r = report();
    const QByteArray bytes =
        path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? r.json() : r.csv(true);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes) != bytes.size()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void ImpactView::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the impact report"), QStringLiteral("impact.csv"),
        tr("CSV for spreadsheets (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export the impact report"),
                             tr("The report could not be written: %1").arg(error));
}

void ImpactView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_done)
            fill();
    }
    QWidget::changeEvent(event);
}

void ImpactView::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Target"), tr("ID"), tr("Verdict"), tr("What depends on it"),
                             tr("Calls per day (30 days)")});
    m_tree->setAccessibleName(tr("Impact of each target"));
    m_onlyImpact->setText(tr("Only targets with impact or unknown impact"));
    m_export->setText(tr("Export…"));
    m_export->setAccessibleName(tr("Export the impact report"));
    m_bar->setAccessibleName(tr("Impact check progress"));
    m_summary->setAccessibleName(tr("Impact summary"));
}

} // namespace dataarts::ui
