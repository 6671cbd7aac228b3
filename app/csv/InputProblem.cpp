#include "InputProblem.h"

#include <QCoreApplication>
#include <QLocale>

namespace dataarts {

QString InputProblem::text() const
{
    return QCoreApplication::translate("InputProblem", "Line %1: %2")
        .arg(QLocale().toString(line), reason);
}

} // namespace dataarts
