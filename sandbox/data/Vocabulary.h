#pragma once

#include <QString>
#include <QStringList>

namespace dataarts::sandbox::vocabulary {

// A word in the two languages the seeded names use.
struct Word {
    const char16_t *zh;
    const char *en;
};

// Business subjects ("销售" / sales) and the things they hold ("订单" / order).
const Word &subject(quint64 hash);
const Word &object(quint64 hash);
// Table grains ("明细" / detail, "日汇总" / daily summary).
const Word &grain(quint64 hash);
// App names for DataService apps, API verbs.
const Word &verb(quint64 hash);

// Seeded users: name and whether they may approve. The first is the default user.
struct SeededUser {
    const char *name;
    bool approver;
    const char *email;
};
const QList<SeededUser> &seededUsers();
// A plausible author (create_by) for seeded data.
QString author(quint64 hash);

// Chinese label and code prefix of each of the 40 business-entity kinds.
QString kindLabel(const QString &bizType);
QString kindPrefix(const QString &bizType);

// Warehouse types and database names.
QString dwType(quint64 hash);
QString layerDatabase(const QString &layer);

QString zh(const Word &word);
QString en(const Word &word);

} // namespace dataarts::sandbox::vocabulary
