#include "Vocabulary.h"

#include <QHash>

#include <iterator>

namespace dataarts::sandbox::vocabulary {

namespace {

const Word kSubjects[] = {
    {u"销售", "sales"},     {u"客户", "customer"},  {u"交易", "trade"},
    {u"商品", "product"},   {u"库存", "inventory"}, {u"支付", "payment"},
    {u"物流", "logistics"}, {u"会员", "member"},    {u"门店", "store"},
    {u"营销", "marketing"}, {u"财务", "finance"},   {u"供应链", "supply_chain"},
    {u"人力", "hr"},        {u"风控", "risk"},      {u"渠道", "channel"},
    {u"合同", "contract"},  {u"采购", "purchase"},  {u"售后", "after_sales"},
};

const Word kObjects[] = {
    {u"订单", "order"},    {u"客户", "customer"}, {u"商品", "sku"},      {u"账户", "account"},
    {u"发票", "invoice"},  {u"退款", "refund"},   {u"优惠券", "coupon"}, {u"仓库", "warehouse"},
    {u"员工", "employee"}, {u"合同", "contract"}, {u"活动", "campaign"}, {u"渠道", "channel"},
    {u"地址", "address"},  {u"评价", "review"},   {u"积分", "points"},   {u"工单", "ticket"},
};

const Word kGrains[] = {
    {u"明细", "detail"},   {u"日汇总", "summary_1d"}, {u"月汇总", "summary_1m"},
    {u"快照", "snapshot"}, {u"流水", "journal"},      {u"档案", "profile"},
    {u"事件", "event"},    {u"关系", "relation"},     {u"状态", "status"},
    {u"全量", "full"},     {u"增量", "incr"},         {u"指标", "metric"},
};

const Word kVerbs[] = {
    {u"查询", "query"},  {u"获取", "get"},   {u"统计", "count"}, {u"导出", "export"},
    {u"检索", "search"}, {u"校验", "check"}, {u"汇总", "sum"},   {u"推送", "push"},
};

const QList<SeededUser> kUsers = {
    {"sandbox_admin", true, "sandbox_admin@example.com"},
    {"wang_fang", true, "wang.fang@example.com"},
    {"zhao_lei", false, "zhao.lei@example.com"},
    {"chen_jing", false, "chen.jing@example.com"},
    {"liu_yang", false, "liu.yang@example.com"},
    {"li_na", true, "li.na@example.com"},
};

struct Kind {
    const char *type;
    const char16_t *label;
    const char *prefix;
};

const Kind kKinds[] = {
    {"AGGREGATION_LOGIC_TABLE", u"汇总表", "dws"},
    {"ATOMIC_INDEX", u"原子指标", "ai"},
    {"ATOMIC_METRIC", u"原子指标", "am"},
    {"BIZ_CATALOG", u"流程架构", "cat"},
    {"BIZ_METRIC", u"业务指标", "bm"},
    {"CODE_TABLE", u"码表", "code"},
    {"COMMON_CONDITION", u"通用限定", "cond"},
    {"COMPOSITE_METRIC", u"复合指标", "cpm"},
    {"COMPOUND_METRIC", u"复合指标", "cm"},
    {"CONDITION_GROUP", u"限定分组", "cg"},
    {"DEGENERATE_DIMENSION", u"退化维度", "dd"},
    {"DERIVATIVE_INDEX", u"衍生指标", "di"},
    {"DERIVED_METRIC", u"衍生指标", "dm"},
    {"DIMENSION", u"维度", "dim"},
    {"DIMENSION_ATTRIBUTE", u"维度属性", "da"},
    {"DIMENSION_HIERARCHIES", u"维度层级", "dh"},
    {"DIMENSION_LOGIC_TABLE", u"维度表", "dim"},
    {"DIMENSION_TABLE_ATTRIBUTE", u"维度表属性", "dta"},
    {"DIRECTORY", u"目录", "dir"},
    {"FACT_ATTRIBUTE", u"事实属性", "fa"},
    {"FACT_DIMENSION", u"事实维度", "fd"},
    {"FACT_LOGIC_TABLE", u"事实表", "dwd"},
    {"FACT_MEASURE", u"事实度量", "fm"},
    {"FUNCTION", u"函数", "fn"},
    {"INFO_ARCH", u"信息架构", "ia"},
    {"MODEL", u"模型", "mdl"},
    {"QUALITY_RULE", u"质量规则", "qr"},
    {"SECRECY_LEVEL", u"密级", "sl"},
    {"STANDARD_ELEMENT", u"数据标准", "std"},
    {"STANDARD_ELEMENT_TEMPLATE", u"标准模板", "tpl"},
    {"SUBJECT", u"主题", "subj"},
    {"SUMMARY_DIMENSION_ATTRIBUTE", u"汇总维度属性", "sda"},
    {"SUMMARY_INDEX", u"汇总指标", "si"},
    {"SUMMARY_TIME", u"汇总时间周期", "st"},
    {"TABLE_MODEL", u"物理表", "dwd"},
    {"TABLE_MODEL_ATTRIBUTE", u"表字段", "col"},
    {"TABLE_MODEL_LOGIC", u"逻辑实体", "le"},
    {"TABLE_TYPE", u"表类型", "tt"},
    {"TAG", u"标签", "tag"},
    {"TIME_CONDITION", u"时间限定", "tc"},
};

const Kind *findKind(const QString &type)
{
    static const QHash<QString, const Kind *> index = [] {
        QHash<QString, const Kind *> map;
        for (const Kind &kind : kKinds)
            map.insert(QString::fromLatin1(kind.type), &kind);
        return map;
    }();
    return index.value(type, nullptr);
}

template <typename T, size_t N>
const T &choose(const T (&table)[N], quint64 hash)
{
    return table[hash % N];
}

} // namespace

const Word &subject(quint64 hash)
{
    return choose(kSubjects, hash);
}
const Word &object(quint64 hash)
{
    return choose(kObjects, hash);
}
const Word &grain(quint64 hash)
{
    return choose(kGrains, hash);
}
const Word &verb(quint64 hash)
{
    return choose(kVerbs, hash);
}

const QList<SeededUser> &seededUsers()
{
    return kUsers;
}

QString author(quint64 hash)
{
    return QString::fromLatin1(kUsers.at(int(hash % quint64(kUsers.size()))).name);
}

QString kindLabel(const QString &bizType)
{
    const Kind *kind = findKind(bizType);
    return kind ? QString::fromUtf16(kind->label) : bizType;
}

QString kindPrefix(const QString &bizType)
{
    const Kind *kind = findKind(bizType);
    return kind ? QString::fromLatin1(kind->prefix) : QStringLiteral("obj");
}

QString dwType(quint64 hash)
{
    static const char *const types[] = {"DLI",        "DLI",      "DLI",      "DWS",
                                        "DWS",        "MRS_HIVE", "MRS_HIVE", "POSTGRESQL",
                                        "CLICKHOUSE", "DORIS"};
    return QString::fromLatin1(types[hash % std::size(types)]);
}

QString layerDatabase(const QString &layer)
{
    return layer + QStringLiteral("_db");
}

QString zh(const Word &word)
{
    return QString::fromUtf16(word.zh);
}

QString en(const Word &word)
{
    return QString::fromLatin1(word.en);
}

} // namespace dataarts::sandbox::vocabulary
