#pragma once

#include "JsonStream.h"

#include <QDateTime>

namespace dataarts {

// One bucket of an API's call statistics (StatisticForDashboard, dataarts-api.md section
// 7.2.2): the calls in the hour or day that starts at logTime.
struct CallBucket {
    QDateTime logTime; // log_time, epoch ms (decoded as int64 whatever the SDK types say)
    qint64 calls = 0;
    qint64 succeeded = 0;
    qint64 failed = 0;

    static bool decode(JsonStream &stream, CallBucket *out);
};

} // namespace dataarts
