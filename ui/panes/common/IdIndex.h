#pragma once

#include <QHash>
#include <QString>

namespace dataarts::ui {

// A hash from record id to row. Ids that are 64-bit numbers written as digits (all the
// Architecture ids) are kept as numbers, which hash and compare faster and take less
// memory than strings; any other id is kept as a string.
class IdIndex
{
public:
    // -1 when the id has no row.
    int value(const QString &id) const;
    // The row slot of the id; *added tells whether the id was new (its slot is then -1).
    int &slot(const QString &id, bool *added);
    void clear();
    void reserve(qsizetype size);
    qsizetype size() const { return m_numbers.size() + m_strings.size(); }

private:
    static bool asNumber(const QString &id, qint64 *number);

    QHash<qint64, int> m_numbers;
    QHash<QString, int> m_strings;
};

} // namespace dataarts::ui
