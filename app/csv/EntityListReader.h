#pragma once

#include "InputProblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dataarts {

// One Architecture entity named by an input line.
struct EntityLine {
    int line = 0;
    QString bizType; // one of the 40 (bizTypes::all()), upper case
    QString bizId;   // digits, kept as text: ids are 64-bit numbers sent as strings
};

// Reads the `biz_type,biz_id` input of the batch-offline wizard and `offline --input`
// (header line optional). biz_type must be one of the 40 kinds (any letter case);
// biz_id 1 to 20 digits without a leading zero that fit a 64-bit unsigned number. A
// number a spreadsheet has rounded into scientific notation gets its own reason.
class EntityListReader
{
    Q_DECLARE_TR_FUNCTIONS(EntityListReader)
public:
    struct Result {
        QList<EntityLine> entities;
        QList<InputProblem> problems;
    };

    static Result read(const QByteArray &data);
    // The reason a single biz_id is not acceptable, or an empty string.
    static QString checkBizId(const QString &bizId);
};

} // namespace dataarts
