#pragma once

namespace dataarts {

// Why a journal call failed (Journal::error()); Journal::errorString() says it in words.
enum class JournalError {
    None,
    CannotOpen, // the file or its folder cannot be opened or created
    ReadOnly,   // the file or its folder cannot be written
    Locked,     // another process held the journal longer than the busy timeout
    DiskFull,   // no space left (or the database's page limit reached)
    Corrupt,    // damaged, or not a journal at all
    TooNew,     // written by a newer version with a schema this one does not know
    NotFound,   // no run or item with that id
    Invalid,    // the call broke a rule (a state change that is not allowed, a secret, ...)
    Failed,     // any other SQLite error
};

} // namespace dataarts
