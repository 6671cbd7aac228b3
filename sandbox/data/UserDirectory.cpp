#include "UserDirectory.h"

#include "Vocabulary.h"
#include "core/Rng.h"
#include "core/SandboxOptions.h"

namespace dataarts::sandbox {

UserDirectory::UserDirectory(const SandboxOptions &options, Rng &rng)
{
    for (const vocabulary::SeededUser &seeded : vocabulary::seededUsers()) {
        User user;
        user.name = QString::fromLatin1(seeded.name);
        user.id = QString::fromLatin1(rng.hex32());
        user.approver = seeded.approver;
        user.email = QString::fromLatin1(seeded.email);
        m_users.append(user);
    }
    User &admin = m_users.first();
    admin.accessKey = options.accessKey;
    admin.secretKey = options.secretKey.toUtf8();
    admin.password = QString::fromLatin1(SandboxOptions::DefaultPassword);

    for (const UserSpec &spec : options.users) {
        User *user = nullptr;
        for (User &u : m_users) {
            if (u.name == spec.name)
                user = &u;
        }
        if (!user) {
            User added;
            added.name = spec.name;
            added.id = QString::fromLatin1(rng.hex32());
            added.email = spec.name + QStringLiteral("@example.com");
            m_users.append(added);
            user = &m_users.last();
        }
        user->accessKey = spec.accessKey;
        user->secretKey = spec.secretKey.toUtf8();
        user->approver = spec.approver;
        if (!spec.password.isEmpty())
            user->password = spec.password;
    }
}

const User *UserDirectory::byAccessKey(const QString &accessKey) const
{
    if (accessKey.isEmpty())
        return nullptr;
    for (const User &u : m_users) {
        if (u.accessKey == accessKey)
            return &u;
    }
    return nullptr;
}

const User *UserDirectory::byName(const QString &name) const
{
    for (const User &u : m_users) {
        if (u.name == name)
            return &u;
    }
    return nullptr;
}

} // namespace dataarts::sandbox
