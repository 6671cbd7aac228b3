#include "HttpLog.h"

// Quiet by default; QT_LOGGING_RULES="dataarts.http.info=true" (or .debug) turns it on.
Q_LOGGING_CATEGORY(lcDataArtsHttp, "dataarts.http", QtWarningMsg)
