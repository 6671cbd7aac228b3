#include "Command.h"

#include <cstdio>

namespace dataarts::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace dataarts::cli
