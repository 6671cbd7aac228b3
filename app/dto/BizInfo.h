#pragma once

#include "Enums.h"

#include <QString>

namespace dataarts {

// BizInfoVO: one entity of a batch publish/offline body.
struct BizInfo {
    QString bizId;                      // a 64-bit number as a string, e.g. "885123875376193536"
    QString bizType;                    // one of bizTypes::all()
    EnvType envType = EnvType::Unknown; // Unknown: not sent

    bool operator==(const BizInfo &o) const
    {
        return bizId == o.bizId && bizType == o.bizType && envType == o.envType;
    }
};

} // namespace dataarts
