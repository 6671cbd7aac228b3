#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

#include <optional>

namespace dataarts::appSettings {

// The one place that names the application's settings (QSettings of the organisation and
// application names set in main()), each with its one default and its bounds. Everything
// else reads and writes them through these functions. Connection profiles live in their own
// file (ProfileStore), secrets in the keychain, never here.

// journal/retentionDays: finished runs older than this are pruned (default 180, at least 1).
constexpr int kDefaultRetentionDays = 180;
int retentionDays();
void setRetentionDays(int days);

// approvals/pollSeconds: how often the Approvals pane and the Progress view re-read what
// waits for approval (default 60, at least 5).
constexpr int kDefaultApprovalsPollSeconds = 60;
constexpr int kMinApprovalsPollSeconds = 5;
int approvalsPollSeconds();

// network/connectTimeoutSeconds, network/transferTimeoutSeconds (at least 1) and
// batch/unknownGraceSeconds (at least 0): nullopt when not set (or out of bounds), and then
// ConnectionSettings' own defaults apply (15 s, 60 s, ConnectionSettings::unknownGraceMs).
std::optional<int> connectTimeoutSeconds();
std::optional<int> transferTimeoutSeconds();
std::optional<int> unknownGraceSeconds();

// ui/language: "en", "zh_CN", or empty for the system's language.
QString language();
void setLanguage(const QString &code);

// ui/geometry and ui/windowState: the main window's last size, position, toolbars and docks
// (empty: none kept).
QByteArray windowGeometry();
QByteArray windowState();
void setWindowLayout(const QByteArray &geometry, const QByteArray &state);

// wizards/<name>/size: a wizard's last size (default 920 x 700).
QSize wizardSize(const QString &wizardName);
void setWizardSize(const QString &wizardName, const QSize &size);

// approvals/userName/<profile id>: who "me" is for a profile that signs with AK/SK (empty:
// none kept). An empty name removes the key.
QString approvalsUserName(const QString &profileId);
void setApprovalsUserName(const QString &profileId, const QString &name);

} // namespace dataarts::appSettings
