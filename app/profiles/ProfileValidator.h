#pragma once

#include "profiles/Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dataarts {

// One problem with one field, translated, for the dialog to show beside the field.
struct FieldError {
    ProfileField field;
    QString message;
};
using FieldErrors = QList<FieldError>;

// The rules every profile must meet before it is stored (uniqueness of the name is
// ProfileStore's part, as it needs the other profiles).
class ProfileValidator
{
    Q_DECLARE_TR_FUNCTIONS(ProfileValidator)
public:
    // Trims the typed text fields; what the store saves.
    static Profile normalized(Profile profile);
    // Every problem of the (normalized) profile; empty when it can be stored.
    static FieldErrors validate(const Profile &profile);

    // The secrets a new profile needs (profile.secretFields()), as entered.
    static FieldErrors validateSecrets(const Profile &profile, const SecretValues &secrets);

    // Single rules, for a dialog that checks as the user types.
    static QString checkDisplayName(const QString &name);
    static QString checkRegion(const QString &region, const QString &customEndpoint);
    static QString checkEndpoint(const QString &url);
    static QString checkProjectId(const QString &projectId);
    static QString checkInstanceId(const QString &instanceId);
    static QString checkWorkspace(const QString &workspace);
    static QString checkDlmType(const QString &dlmType);
    static QString checkCaBundle(const QString &path);

    // All messages, one per line, prefixed with the field's label (for the CLI).
    static QString describe(const FieldErrors &errors);
    static QString fieldLabel(ProfileField field);

    static constexpr int maxNameLength = 64;
};

} // namespace dataarts
