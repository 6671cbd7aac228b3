// TablesModel and RecordFilterProxy, with QAbstractItemModelTester watching both for the
// whole of every test: columns and roles, the hash from id to row, updates batched over
// ranges, merging a fresh read, the instant filter and sorting by raw values.
#include "WatchedModel.h"
#include "panes/common/ItemRoles.h"

#include "panes/common/RecordFilterProxy.h"
#include "panes/common/StatusTone.h"
#include "panes/tables/TablesModel.h"

#include "i18n/Language.h"

#include <QSignalSpy>
#include <QTest>

using namespace dataarts;
using namespace dataarts::ui;

namespace {

AllTable table(int n, const QString &status = QStringLiteral("PUBLISHED"))
{
    static const QStringList types = {
        QStringLiteral("TABLE_MODEL"), QStringLiteral("TABLE_MODEL_LOGIC"),
        QStringLiteral("DIMENSION_LOGIC_TABLE"), QStringLiteral("FACT_LOGIC_TABLE"),
        QStringLiteral("AGGREGATION_LOGIC_TABLE")};
    AllTable t;
    t.id = QString::number(885123875376193536LL + n);
    t.name = n % 2 ? QStringLiteral("Sales Order %1").arg(n) : QStringLiteral("客户档案_%1").arg(n);
    t.code = QStringLiteral("dwd_table_%1").arg(n, 5, 10, QLatin1Char('0'));
    t.bizType = types.at(n % types.size());
    t.status = decodeEnum<BizStatus>(status);
    t.dbName = QStringLiteral("dwd_db");
    t.dwType = n % 3 ? QStringLiteral("DLI") : QStringLiteral("DWS");
    t.workspaceId = QStringLiteral("ws1");
    t.updateTime = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(n) * 3600);
    return t;
}

QList<AllTable> tables(int from, int count)
{
    QList<AllTable> list;
    for (int n = from; n < from + count; ++n)
        list.append(table(n));
    return list;
}

} // namespace

class TestTablesModel : public QObject, private WatchedModel<TablesModel>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void columnsAndHeaders();
    void cellsAndRoles();
    void appendsInOneInsertPerPage();
    void sameIdUpdatesInPlaceInRanges();
    void mergeRemovesRowsThatDidNotComeAgain();
    void internsRepeatedStrings();
    void instantFilterMatchesEveryWordFolded();
    void sortsByRawValues();
    void unknownStatusIsShownAsSent();
    void fieldsForTheDetailsPanel();
    void retranslateSignalsHeaders();

private:
    Language m_language;
};

void TestTablesModel::initTestCase()
{
    QVERIFY(m_language.apply(QStringLiteral("en")));
}

void TestTablesModel::init()
{
    watch();
}

void TestTablesModel::cleanup()
{
    unwatch();
}

void TestTablesModel::columnsAndHeaders()
{
    QCOMPARE(m_model->columnCount(), 8);
    QCOMPARE(headerTitles(),
             (QStringList{QStringLiteral("Name"), QStringLiteral("Code"), QStringLiteral("Type"),
                          QStringLiteral("Status"), QStringLiteral("Database"),
                          QStringLiteral("Warehouse type"), QStringLiteral("Updated"),
                          QStringLiteral("ID")}));
}

void TestTablesModel::cellsAndRoles()
{
    m_model->addRecords({table(1), table(2, QStringLiteral("OFFLINE_DEVELOPING"))});
    const QModelIndex status = m_model->index(0, TablesModel::Status);
    QCOMPARE(status.data().toString(), QStringLiteral("Published"));
    QCOMPARE(StatusTone(status.data(roles::Tone).toInt()), StatusTone::Good);
    QCOMPARE(status.data(roles::Sort).toInt(), int(BizStatus::Published));
    QCOMPARE(m_model->index(1, TablesModel::Status).data().toString(),
             QStringLiteral("Going offline (in review)"));
    QCOMPARE(StatusTone(m_model->index(1, TablesModel::Status).data(roles::Tone).toInt()),
             StatusTone::Pending);
    QVERIFY(!m_model->index(0, TablesModel::Name).data(roles::Tone).isValid());
    QCOMPARE(m_model->index(0, TablesModel::Type).data().toString(),
             QStringLiteral("Logical entity"));
    QCOMPARE(m_model->index(0, TablesModel::Type).data(roles::Sort).toString(),
             QStringLiteral("TABLE_MODEL_LOGIC"));
    // Dates through QLocale, sorted by time.
    const QDateTime updated = table(1).updateTime;
    QCOMPARE(m_model->index(0, TablesModel::Updated).data().toString(),
             QLocale().toString(updated.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(m_model->index(0, TablesModel::Updated).data(roles::Sort).toLongLong(),
             updated.toMSecsSinceEpoch());
    for (int c = 0; c < TablesModel::ColumnCount; ++c)
        QCOMPARE(m_model->index(1, c).data(roles::RecordId).toString(), table(2).id);
    QCOMPARE(m_model->index(0, TablesModel::Id).data().toString(), table(1).id);
}

void TestTablesModel::appendsInOneInsertPerPage()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->addRecords(tables(0, 100));
    m_model->addRecords(tables(100, 100));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 100);
    QCOMPARE(inserted.at(1).at(2).toInt(), 199);
    QCOMPARE(m_model->rowCount(), 200);
    QCOMPARE(m_model->rowOfId(table(150).id), 150);
    QCOMPARE(m_model->rowOfId(QStringLiteral("1")), -1);
}

void TestTablesModel::sameIdUpdatesInPlaceInRanges()
{
    m_model->addRecords(tables(0, 20));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    // Rows 3, 4, 5 and 9 change; 6 comes again unchanged; one record is new, and comes
    // twice in the page (the later one wins).
    QList<AllTable> page;
    for (const int n : {3, 4, 5, 9}) {
        AllTable t = table(n, QStringLiteral("OFFLINE"));
        page.append(t);
    }
    page.append(table(6));
    AllTable fresh = table(500);
    page.append(fresh);
    fresh.name = QStringLiteral("renamed");
    page.append(fresh);
    m_model->addRecords(page);

    QCOMPARE(m_model->rowCount(), 21);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->record(20).name, QStringLiteral("renamed"));
    QCOMPARE(changed.count(), 2); // [3, 5] and [9, 9]
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 5);
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), TablesModel::ColumnCount - 1);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 9);
    QCOMPARE(changed.at(1).at(1).toModelIndex().row(), 9);
    QCOMPARE(m_model->record(4).status.value, BizStatus::Offline);
    QCOMPARE(m_model->rowOfId(table(4).id), 4);
}

void TestTablesModel::mergeRemovesRowsThatDidNotComeAgain()
{
    m_model->addRecords(tables(0, 10));
    QPersistentModelIndex kept = m_proxy->index(8, 0);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->beginMerge();
    QVERIFY(m_model->isMerging());
    // 1, 2, 5 are gone; 11 is new.
    QList<AllTable> page;
    for (const int n : {0, 3, 4, 6, 7, 8, 9, 11})
        page.append(table(n));
    m_model->addRecords(page);
    QCOMPARE(m_model->rowCount(), 11); // nothing removed before the end
    m_model->endMerge();
    QVERIFY(!m_model->isMerging());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 2); // [5, 5] then [1, 2], bottom up
    QCOMPARE(removed.at(0).at(1).toInt(), 5);
    QCOMPARE(removed.at(1).at(1).toInt(), 1);
    QCOMPARE(removed.at(1).at(2).toInt(), 2);
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        ids << m_model->record(row).id;
        QCOMPARE(m_model->rowOfId(m_model->record(row).id), row);
    }
    QStringList expected;
    for (const int n : {0, 3, 4, 6, 7, 8, 9, 11})
        expected << table(n).id;
    QCOMPARE(ids, expected);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(roles::RecordId).toString(), table(8).id);
    QCOMPARE(m_model->rowOfId(table(1).id), -1);
}

void TestTablesModel::internsRepeatedStrings()
{
    QList<AllTable> page;
    for (int n = 0; n < 4; ++n) {
        AllTable t = table(n);
        t.dbName = QString(QStringLiteral("ods_db")); // a separate allocation each
        t.dbName.detach();
        page.append(t);
    }
    m_model->addRecords(page);
    QCOMPARE(m_model->record(0).dbName, QStringLiteral("ods_db"));
    QCOMPARE(m_model->record(0).dbName.constData(), m_model->record(3).dbName.constData());
    QCOMPARE(m_model->record(0).status.raw.constData(), m_model->record(2).status.raw.constData());
}

void TestTablesModel::instantFilterMatchesEveryWordFolded()
{
    m_model->addRecords(tables(0, 40));
    m_proxy->setInstantFilter(QStringLiteral("SALES"));
    QCOMPARE(m_proxy->rowCount(), 20); // odd n: "Sales Order n"
    // Every word must match (in any field): "1" is in every id, "order" only in the
    // English names, "17" only in table 17.
    m_proxy->setInstantFilter(QStringLiteral("  sales   order 1 "));
    QCOMPARE(m_proxy->rowCount(), 20);
    m_proxy->setInstantFilter(QStringLiteral("ORDER 17"));
    QCOMPARE(m_proxy->rowCount(), 1);
    m_proxy->setInstantFilter(QStringLiteral("档案"));
    QCOMPARE(m_proxy->rowCount(), 20);
    m_proxy->setInstantFilter(QStringLiteral("DWD_TABLE_00007"));
    QCOMPARE(m_proxy->rowCount(), 1);
    m_proxy->setInstantFilter(table(12).id);
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->index(0, 0).data(roles::RecordId).toString(), table(12).id);
    m_proxy->setInstantFilter(QStringLiteral("sales 档案"));
    QCOMPARE(m_proxy->rowCount(), 0);
    QVERIFY(m_proxy->hasInstantFilter());
    m_proxy->setInstantFilter(QString());
    QCOMPARE(m_proxy->rowCount(), 40);

    // Rows that arrive while filtering are filtered too.
    m_proxy->setInstantFilter(QStringLiteral("sales"));
    m_model->addRecords(tables(40, 10));
    QCOMPARE(m_proxy->rowCount(), 25);
}

void TestTablesModel::sortsByRawValues()
{
    QList<AllTable> page;
    // Ids of different lengths: numeric order, not text order.
    AllTable a = table(1);
    a.id = QStringLiteral("99");
    a.name = QStringLiteral("beta");
    AllTable b = table(2, QStringLiteral("DRAFT"));
    b.id = QStringLiteral("100");
    b.name = QStringLiteral("Alpha");
    AllTable c = table(3, QStringLiteral("REJECT"));
    c.id = QStringLiteral("7");
    c.name = QStringLiteral("alpha");
    c.updateTime = a.updateTime.addYears(-3); // oldest, though "2021" would sort... by text
    page << a << b << c;
    m_model->addRecords(page);
    auto order = [this](int column, Qt::SortOrder o) {
        m_proxy->sort(column, o);
        QStringList ids;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            ids << m_proxy->index(row, 0).data(roles::RecordId).toString();
        return ids.join(QLatin1Char(','));
    };
    QCOMPARE(order(TablesModel::Id, Qt::AscendingOrder), QStringLiteral("7,99,100"));
    QCOMPARE(order(TablesModel::Id, Qt::DescendingOrder), QStringLiteral("100,99,7"));
    // Case-insensitive first, then case, then id for a stable order.
    QCOMPARE(order(TablesModel::Name, Qt::AscendingOrder), QStringLiteral("100,7,99"));
    // Status by its place in the workflow: DRAFT, PUBLISHED, REJECT.
    QCOMPARE(order(TablesModel::Status, Qt::AscendingOrder), QStringLiteral("100,99,7"));
    QCOMPARE(order(TablesModel::Updated, Qt::AscendingOrder), QStringLiteral("7,99,100"));
    // Back to server order.
    QCOMPARE(order(-1, Qt::AscendingOrder), QStringLiteral("99,100,7"));
}

void TestTablesModel::unknownStatusIsShownAsSent()
{
    AllTable t = table(1, QStringLiteral("ARCHIVED"));
    m_model->addRecords({t});
    QCOMPARE(m_model->index(0, TablesModel::Status).data().toString(), QStringLiteral("ARCHIVED"));
    QCOMPARE(StatusTone(m_model->index(0, TablesModel::Status).data(roles::Tone).toInt()),
             StatusTone::Neutral);
    t.bizType = QStringLiteral("NEW_KIND");
    m_model->addRecords({t});
    QCOMPARE(m_model->index(0, TablesModel::Type).data().toString(), QStringLiteral("NEW_KIND"));
}

void TestTablesModel::fieldsForTheDetailsPanel()
{
    m_model->addRecords({table(3)});
    const Pane::Fields fields = m_model->fields(0);
    QCOMPARE(fields.size(), 9);
    QCOMPARE(fields.first(), Pane::Field(QStringLiteral("Name"), table(3).name));
    QCOMPARE(fields.at(6), Pane::Field(QStringLiteral("Workspace"), QStringLiteral("ws1")));
    QCOMPARE(fields.last(), Pane::Field(QStringLiteral("ID"), table(3).id));
    QVERIFY(m_model->fields(1).isEmpty());
}

void TestTablesModel::retranslateSignalsHeaders()
{
    m_model->addRecords(tables(0, 3));
    QSignalSpy headers(m_model.get(), &QAbstractItemModel::headerDataChanged);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_language.apply(QStringLiteral("zh_CN")));
    m_model->retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->headerData(TablesModel::Status, Qt::Horizontal).toString(),
             QStringLiteral("状态"));
    QCOMPARE(m_model->index(1, TablesModel::Status).data().toString(), QStringLiteral("已发布"));
    QVERIFY(m_language.apply(QStringLiteral("en")));
    QCOMPARE(m_model->headerData(TablesModel::Status, Qt::Horizontal).toString(),
             QStringLiteral("Status"));
}

QTEST_MAIN(TestTablesModel)
#include "tst_tables_model.moc"
