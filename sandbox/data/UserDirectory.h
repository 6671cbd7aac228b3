#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace dataarts::sandbox {

struct SandboxOptions;
class Rng;

struct User {
    QString name;
    QString id; // IAM user id, 32 hex digits
    bool approver = false;
    QString accessKey; // empty: cannot sign
    QByteArray secretKey;
    QString password; // empty: no IAM password login
    QString email;
};

// The account's users: the seeded ones (the default user first) and those given with
// --user. A --user whose name is a seeded user's gives that user keys.
class UserDirectory
{
public:
    UserDirectory(const SandboxOptions &options, Rng &rng);

    const User &defaultUser() const { return m_users.constFirst(); }
    const User *byAccessKey(const QString &accessKey) const;
    const User *byName(const QString &name) const;
    const QList<User> &all() const { return m_users; }

private:
    QList<User> m_users;
};

} // namespace dataarts::sandbox
