#pragma once

#include <QList>

namespace dataarts {

// One page of a listing: the records and the server's total (-1 when the listing does not
// report one).
template <typename T>
struct Page {
    qint64 total = -1;
    QList<T> records;
};

} // namespace dataarts
