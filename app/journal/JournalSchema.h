#pragma once

#include <QStringList>

namespace dataarts {

class JournalConnection;

// The journal's tables and their migrations. The version lives in the schema_version
// table; each version's statements run once, in order, in one transaction.
class JournalSchema
{
public:
    static int currentVersion();
    // The oldest version a read-only connection reads as it is (version 1 has no
    // item_events: its items have no recorded changes).
    static constexpr int kOldestReadable = 1;
    // Brings the open connection's database to currentVersion(); false with the
    // connection's error set (TooNew for a database from a newer version).
    static bool migrate(JournalConnection &connection, int *versionFound = nullptr);
    // For a read-only connection: true when the database is at a version from
    // kOldestReadable to currentVersion() (the one found in *versionFound), without writing
    // anything; false with the connection's error set otherwise (TooNew, or Invalid for an
    // empty one, which a read-write open brings up to date).
    static bool check(JournalConnection &connection, int *versionFound = nullptr);

private:
    // The statements that take version - 1 to version.
    static QStringList steps(int version);
};

} // namespace dataarts
