#pragma once

#include <QString>

namespace dataarts {

// Where the journal lives, one rule for the app and the CLI so that each sees the other's
// runs: the environment variable DATAARTS_DESK_JOURNAL when it is set (tests, scripts),
// otherwise journal.sqlite in QStandardPaths::AppDataLocation of the organisation
// "DataArtsDesk" and the application "dataarts-desk", whatever the calling program's own
// application name is (the CLI is "dataarts-desk-cli").
namespace journalLocation {

QString environmentVariable(); // "DATAARTS_DESK_JOURNAL"
QString path();

} // namespace journalLocation
} // namespace dataarts
