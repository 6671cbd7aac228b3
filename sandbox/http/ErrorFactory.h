#pragma once

#include "HttpTypes.h"
#include "Service.h"

namespace dataarts::sandbox {

// Error bodies exactly as each service documents them (dataarts-api.md section 1):
// Architecture {error_code, error_msg, data} (or {"errors":[...]} with --error-shape
// errors), DataService {error_code, error_msg}, the API gateway {error_code, error_msg,
// request_id}, IAM {"error":{code, message, title}}.
class ErrorFactory
{
public:
    static constexpr const char *ArchitectureType = "application/json;charset=UTF-8";

    explicit ErrorFactory(bool errorsArrayShape)
        : m_errorsArray(errorsArrayShape)
    {}

    SandboxResponse architecture(int status, const QString &code, const QString &message) const;
    SandboxResponse dataService(int status, const QString &code, const QString &message) const;
    SandboxResponse gateway(int status, const QString &code, const QString &message,
                            const QByteArray &requestId) const;
    SandboxResponse iam(int status, const QString &code, const QString &message) const;

    // The shape of the given service (discovery answers like DataService).
    SandboxResponse forService(Service service, int status, const QString &code,
                               const QString &message, const QByteArray &requestId) const;

private:
    bool m_errorsArray;
};

} // namespace dataarts::sandbox
