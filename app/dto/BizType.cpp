#include "BizType.h"

namespace dataarts::bizTypes {

const QStringList &all()
{
    static const QStringList names = {
        QStringLiteral("AGGREGATION_LOGIC_TABLE"),
        QStringLiteral("ATOMIC_INDEX"),
        QStringLiteral("ATOMIC_METRIC"),
        QStringLiteral("BIZ_CATALOG"),
        QStringLiteral("BIZ_METRIC"),
        QStringLiteral("CODE_TABLE"),
        QStringLiteral("COMMON_CONDITION"),
        QStringLiteral("COMPOSITE_METRIC"),
        QStringLiteral("COMPOUND_METRIC"),
        QStringLiteral("CONDITION_GROUP"),
        QStringLiteral("DEGENERATE_DIMENSION"),
        QStringLiteral("DERIVATIVE_INDEX"),
        QStringLiteral("DERIVED_METRIC"),
        QStringLiteral("DIMENSION"),
        QStringLiteral("DIMENSION_ATTRIBUTE"),
        QStringLiteral("DIMENSION_HIERARCHIES"),
        QStringLiteral("DIMENSION_LOGIC_TABLE"),
        QStringLiteral("DIMENSION_TABLE_ATTRIBUTE"),
        QStringLiteral("DIRECTORY"),
        QStringLiteral("FACT_ATTRIBUTE"),
        QStringLiteral("FACT_DIMENSION"),
        QStringLiteral("FACT_LOGIC_TABLE"),
        QStringLiteral("FACT_MEASURE"),
        QStringLiteral("FUNCTION"),
        QStringLiteral("INFO_ARCH"),
        QStringLiteral("MODEL"),
        QStringLiteral("QUALITY_RULE"),
        QStringLiteral("SECRECY_LEVEL"),
        QStringLiteral("STANDARD_ELEMENT"),
        QStringLiteral("STANDARD_ELEMENT_TEMPLATE"),
        QStringLiteral("SUBJECT"),
        QStringLiteral("SUMMARY_DIMENSION_ATTRIBUTE"),
        QStringLiteral("SUMMARY_INDEX"),
        QStringLiteral("SUMMARY_TIME"),
        QStringLiteral("TABLE_MODEL"),
        QStringLiteral("TABLE_MODEL_ATTRIBUTE"),
        QStringLiteral("TABLE_MODEL_LOGIC"),
        QStringLiteral("TABLE_TYPE"),
        QStringLiteral("TAG"),
        QStringLiteral("TIME_CONDITION"),
    };
    return names;
}

bool isKnown(const QString &name)
{
    return all().contains(name);
}

const QStringList &tableTypes()
{
    static const QStringList names = {
        QStringLiteral("TABLE_MODEL_LOGIC"),       QStringLiteral("TABLE_MODEL"),
        QStringLiteral("DIMENSION_LOGIC_TABLE"),   QStringLiteral("FACT_LOGIC_TABLE"),
        QStringLiteral("AGGREGATION_LOGIC_TABLE"),
    };
    return names;
}

} // namespace dataarts::bizTypes
