#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace dataarts {

// What dataarts-sandbox prints when it starts (spec/product.md, sandbox contract): its base
// URL on the first line, then key=value lines for project_id, instance_id, workspace, ak
// and sk. The built-in Sandbox profile connects with these (sandbox keys are not secrets,
// they never go to the keychain).
struct SandboxStartup {
    Q_DECLARE_TR_FUNCTIONS(SandboxStartup)
public:
    QUrl url;
    QString projectId;
    QString instanceId;
    QString workspace;
    QString accessKey;
    QByteArray secretKey;

    // nullopt with *error (translated) when a line is missing or the URL is not a
    // loopback http(s) URL. Unknown keys are ignored; lines after the known ones may follow.
    static std::optional<SandboxStartup> parse(const QByteArray &output, QString *error = nullptr);
};

} // namespace dataarts
