#include "HttpLog.h"

Q_LOGGING_CATEGORY(lcDataArtsHttp, "dataarts.http", QtInfoMsg)
