#include "AppSettings.h"

#include <QSettings>

namespace dataarts::appSettings {

namespace {

const QString kRetentionDays = QStringLiteral("journal/retentionDays");
const QString kApprovalsPoll = QStringLiteral("approvals/pollSeconds");
const QString kConnectTimeout = QStringLiteral("network/connectTimeoutSeconds");
const QString kTransferTimeout = QStringLiteral("network/transferTimeoutSeconds");
const QString kUnknownGrace = QStringLiteral("batch/unknownGraceSeconds");
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("ui/geometry");
const QString kWindowState = QStringLiteral("ui/windowState");

QString wizardSizeKey(const QString &wizardName)
{
    return QStringLiteral("wizards/%1/size").arg(wizardName);
}

QString approvalsUserKey(const QString &profileId)
{
    return QStringLiteral("approvals/userName/") + profileId;
}

// An integer setting at least `min`; nullopt when absent, not a number or below.
std::optional<int> boundedInt(const QString &key, int min)
{
    bool ok = false;
    const int value = QSettings().value(key).toInt(&ok);
    if (!ok || value < min)
        return std::nullopt;
    return value;
}

} // namespace

int retentionDays()
{
    return boundedInt(kRetentionDays, 1).value_or(kDefaultRetentionDays);
}

void setRetentionDays(int days)
{
    QSettings().setValue(kRetentionDays, days);
}

int approvalsPollSeconds()
{
    const std::optional<int> seconds = boundedInt(kApprovalsPoll, 1);
    return seconds ? qMax(kMinApprovalsPollSeconds, *seconds) : kDefaultApprovalsPollSeconds;
}

std::optional<int> connectTimeoutSeconds()
{
    return boundedInt(kConnectTimeout, 1);
}

std::optional<int> transferTimeoutSeconds()
{
    return boundedInt(kTransferTimeout, 1);
}

std::optional<int> unknownGraceSeconds()
{
    return boundedInt(kUnknownGrace, 0);
}

QString language()
{
    return QSettings().value(kLanguage).toString();
}

void setLanguage(const QString &code)
{
    QSettings().setValue(kLanguage, code);
}

QByteArray windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

QByteArray windowState()
{
    return QSettings().value(kWindowState).toByteArray();
}

void setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(kGeometry, geometry);
    settings.setValue(kWindowState, state);
}

QSize wizardSize(const QString &wizardName)
{
    const QSize size = QSettings().value(wizardSizeKey(wizardName)).toSize();
    return size.isValid() && !size.isEmpty() ? size : QSize(920, 700);
}

void setWizardSize(const QString &wizardName, const QSize &size)
{
    QSettings().setValue(wizardSizeKey(wizardName), size);
}

QString approvalsUserName(const QString &profileId)
{
    if (profileId.isEmpty())
        return QString();
    return QSettings().value(approvalsUserKey(profileId)).toString();
}

void setApprovalsUserName(const QString &profileId, const QString &name)
{
    if (profileId.isEmpty())
        return;
    QSettings settings;
    if (name.isEmpty())
        settings.remove(approvalsUserKey(profileId));
    else if (settings.value(approvalsUserKey(profileId)).toString() != name)
        settings.setValue(approvalsUserKey(profileId), name);
}

} // namespace dataarts::appSettings
