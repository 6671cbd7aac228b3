#include "UndoDialog.h"

#include "panes/common/StatusBadgeDelegate.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dataarts::ui {

namespace {

QTreeWidget *makeList(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setItemDelegate(new StatusBadgeDelegate(list)); // rows fit CJK names
    list->setTextElideMode(Qt::ElideMiddle);
    list->setHeaderLabels(headers);
    list->header()->resizeSection(0, 300);
    return list;
}

} // namespace

UndoDialog::UndoDialog(qint64 runId, const UndoPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_skippedLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("undoDialog"));
    const int count = int(plan.pairs.size());
    const QString action = enumName(plan.inverse);
    setWindowTitle(tr("Undo run %1").arg(QLocale().toString(runId)));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("%1 will be sent for these %n pair(s), which run %2 changed and "
                          "which have not changed since:",
                          nullptr, count)
                           .arg(action, QLocale().toString(runId)));
    m_targets = makeList(this, QStringLiteral("undoTargets"),
                         {tr("API @ cluster"), tr("API id"), tr("Cluster id")});
    m_targets->setAccessibleName(tr("Pairs to undo"));
    for (const auto &pair : plan.pairs) {
        const QString name = plan.names.value(pair.first + QLatin1Char('@') + pair.second);
        auto *item = new QTreeWidgetItem(
            m_targets, {name.isEmpty() ? pair.first : name, pair.first, pair.second});
        for (int c = 1; c < 3; ++c)
            item->setToolTip(c, item->text(c));
    }
    m_skippedLabel->setText(tr("Left out (%n):", nullptr, int(plan.skipped.size())));
    m_skipped = makeList(this, QStringLiteral("undoSkipped"), {tr("Target"), tr("Reason")});
    m_skipped->setAccessibleName(tr("Left out of the undo"));
    for (const UndoPlan::Skip &s : plan.skipped) {
        const QString id = s.keyPart.isEmpty() ? s.keyId : s.keyId + QLatin1Char('@') + s.keyPart;
        auto *item = new QTreeWidgetItem(m_skipped, {s.name.isEmpty() ? id : s.name, s.reason});
        item->setToolTip(0, id);
        item->setToolTip(1, s.reason);
    }
    m_skippedLabel->setVisible(!plan.skipped.isEmpty());
    m_skipped->setVisible(!plan.skipped.isEmpty());

    QPushButton *undo =
        m_buttons->addButton(tr("&Undo %n pair(s)", nullptr, count), QDialogButtonBox::AcceptRole);
    undo->setObjectName(QStringLiteral("undoButton"));
    undo->setEnabled(count > 0);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_targets, 2);
    layout->addWidget(m_skippedLabel);
    layout->addWidget(m_skipped, 1);
    layout->addWidget(m_buttons);
    resize(760, 480);
}

QPushButton *UndoDialog::undoButton() const
{
    return m_buttons->findChild<QPushButton *>(QStringLiteral("undoButton"));
}

} // namespace dataarts::ui
