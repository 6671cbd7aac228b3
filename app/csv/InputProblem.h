#pragma once

#include <QString>

namespace dataarts {

// One bad line of an input file: where it is and why it was not taken. A line that repeats
// an earlier one is reported with duplicate set, so callers can tell the two apart.
struct InputProblem {
    int line = 0;   // 1-based line of the input where the record starts
    QString reason; // translated, without the line number
    bool duplicate = false;

    // "Line 12: unknown biz_type "TABLE"", translated, the number through QLocale.
    QString text() const;
};

} // namespace dataarts
