#pragma once

#include <QLoggingCategory>

// "dataarts.http": one line per attempt at info level, headers and bodies at debug level,
// always through redact:: (Redaction.h).
Q_DECLARE_LOGGING_CATEGORY(lcDataArtsHttp)
