// The Progress tree's rows are as high as the text they show (issue 20): a CJK name with
// underscores ("销售订单_明细表") is drawn partly in a fallback font taller than the
// widget's own, and its underscores sit below the Latin descent. Every row of a run with
// such names, in English and in Chinese-looking texts, is at least as high as
// QFontMetrics::boundingRect() of its texts, column by column, and the underscores' pixels are
// inside the row when it is drawn.
#include "progress/ProgressView.h"
#include "progress/RunTreeModel.h"
#include "progress/RunTreeProxy.h"

#include "journal/JournalRecords.h"

#include <QApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QImage>
#include <QTreeView>
#include <QtTest>

using namespace dataarts;
using namespace dataarts::ui;

namespace {

const QString kName = QStringLiteral("销售订单_明细表_gjpqy");

RunRecord record()
{
    RunRecord r;
    r.run.id = 3;
    r.run.kind = RunKind::BatchOffline;
    r.run.total = 4;
    r.run.counts = {{ItemState::Success, 2}, {ItemState::Queued, 2}};
    JournalRequest req;
    req.ref = 1;
    req.runId = 3;
    req.itemIds = {1, 2};
    req.requestId = QStringLiteral("req-1");
    req.httpStatus = 200;
    req.sentAt = QDateTime::currentDateTimeUtc();
    req.answeredAt = req.sentAt;
    r.requests = {req};
    for (qint64 id = 1; id <= 4; ++id) {
        JournalItem j;
        j.id = id;
        j.runId = 3;
        j.keyId = QStringLiteral("12132916060584%1").arg(id);
        j.keyPart = QStringLiteral("TABLE_MODEL");
        j.displayName = kName + QString::number(id);
        j.state = id <= 2 ? ItemState::Success : ItemState::Queued;
        j.requestRef = id <= 2 ? 1 : 0;
        j.remark = id == 2 ? QStringLiteral("已下线_审批通过") : QString();
        r.items.append(j);
    }
    return r;
}

} // namespace

class TestProgressRows : public QObject
{
    Q_OBJECT
private slots:
    void rowsHoldTheirText();
};

void TestProgressRows::rowsHoldTheirText()
{
    ProgressView view(nullptr);
    view.resize(1200, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.treeModel()->setRun(record());
    QTreeView *tree = view.treeView();
    tree->expandAll();
    QApplication::processEvents();

    const QAbstractItemModel *model = tree->model();
    QList<QModelIndex> rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex parent = model->index(r, 0);
        rows << parent;
        for (int c = 0; c < model->rowCount(parent); ++c)
            rows << model->index(c, 0, parent);
    }
    QVERIFY(rows.size() >= 6);
    const QImage image = tree->viewport()->grab().toImage();
    int names = 0;
    for (const QModelIndex &row : std::as_const(rows)) {
        const QRect rect = tree->visualRect(row);
        QVERIFY(rect.isValid());
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString text = row.siblingAtColumn(column).data().toString();
            if (text.isEmpty())
                continue;
            const int needed = QFontMetrics(tree->font()).boundingRect(text).height();
            QVERIFY2(rect.height() >= needed,
                     qPrintable(QStringLiteral("\"%1\": the row is %2 high, the text %3")
                                    .arg(text)
                                    .arg(rect.height())
                                    .arg(needed)));
        }
        if (!row.data().toString().startsWith(kName))
            continue;
        ++names;
        // Drawn: no text pixel on the row's last line (the underscores are above it).
        const int bottom = rect.bottom();
        const QColor base = tree->palette().color(QPalette::Base);
        const QColor alternate = tree->palette().color(QPalette::AlternateBase);
        const int right = std::min(image.width(), tree->header()->sectionSize(0));
        for (int x = rect.left() + 2; x < right; ++x) {
            const QColor pixel = image.pixelColor(x, bottom);
            QVERIFY2(pixel == base || pixel == alternate,
                     qPrintable(QStringLiteral("text at %1,%2 on the row's edge (%3)")
                                    .arg(x)
                                    .arg(bottom)
                                    .arg(pixel.name())));
        }
    }
    QCOMPARE(names, 4);
}

int main(int argc, char *argv[])
{
    QApplication::setAttribute(Qt::AA_Use96Dpi, true);
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TestProgressRows test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_progress_rows.moc"
