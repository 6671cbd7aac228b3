#pragma once

namespace dataarts::cli::terminal {

// Whether standard output / standard error is a terminal.
bool stdoutIsTerminal();
bool stderrIsTerminal();
// Columns of the terminal on standard output or standard error (COLUMNS, else 80, when the
// system does not say); 0 when neither is a terminal.
int width();

} // namespace dataarts::cli::terminal
