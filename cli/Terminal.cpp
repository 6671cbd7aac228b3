#include "Terminal.h"

#include <QtGlobal>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace dataarts::cli::terminal {

namespace {

bool isTerminal(FILE *stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream)) != 0;
#else
    return isatty(fileno(stream)) != 0;
#endif
}

int systemWidth()
{
#ifdef Q_OS_WIN
    CONSOLE_SCREEN_BUFFER_INFO info;
    if (GetConsoleScreenBufferInfo(GetStdHandle(STD_OUTPUT_HANDLE), &info))
        return info.srWindow.Right - info.srWindow.Left + 1;
#else
    winsize size{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
#endif
    return 0;
}

} // namespace

bool stdoutIsTerminal()
{
    return isTerminal(stdout);
}

bool stderrIsTerminal()
{
    return isTerminal(stderr);
}

int width()
{
    if (!stdoutIsTerminal() && !stderrIsTerminal())
        return 0;
    const int columns = systemWidth();
    if (columns > 0)
        return columns;
    const int fromEnvironment = qEnvironmentVariableIntValue("COLUMNS");
    return fromEnvironment > 0 ? fromEnvironment : 80;
}

} // namespace dataarts::cli::terminal
