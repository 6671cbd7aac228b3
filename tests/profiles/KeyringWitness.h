#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Looks at the Secret Service from outside our code, with secret-tool (libsecret-tools).
// qtkeychain stores an item per key with the attributes server=<service>, user=<key> and
// type=base64 (binary data, as SecretStore writes it).
namespace keyringWitness {

QString secretToolPath();
// Null when the session bus or secret-tool is missing: the reason, for QVERIFY2.
QString environmentProblem();

// The keys ("user" attributes) of every item of the dataarts-desk service.
QStringList keys(bool *ok);
// The keys that belong to one profile id ("<id>/…").
QStringList keysOfProfile(const QString &profileId, bool *ok);
// The secret stored under a key, decoded; *found false when there is no such item.
QByteArray lookup(const QString &key, bool *found);
// Deletes the item of a key (test clean-up).
void clear(const QString &key);

} // namespace keyringWitness
