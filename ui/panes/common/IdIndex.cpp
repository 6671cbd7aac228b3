#include "IdIndex.h"

#include <limits>

namespace dataarts::ui {

bool IdIndex::asNumber(const QString &id, qint64 *number)
{
    // Digits only, no leading zero ("007" and "7" are different ids), within qint64.
    const qsizetype size = id.size();
    if (size == 0 || size > 19 || (size > 1 && id.at(0) == QLatin1Char('0')))
        return false;
    quint64 value = 0;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        if (u < u'0' || u > u'9')
            return false;
        value = value * 10 + (u - u'0');
    }
    if (value > quint64(std::numeric_limits<qint64>::max()))
        return false;
    *number = qint64(value);
    return true;
}

int IdIndex::value(const QString &id) const
{
    qint64 number = 0;
    if (asNumber(id, &number))
        return m_numbers.value(number, -1);
    return m_strings.value(id, -1);
}

int &IdIndex::slot(const QString &id, bool *added)
{
    qint64 number = 0;
    if (asNumber(id, &number)) {
        const qsizetype before = m_numbers.size();
        int &row = m_numbers[number];
        *added = m_numbers.size() != before;
        if (*added)
            row = -1;
        return row;
    }
    const qsizetype before = m_strings.size();
    int &row = m_strings[id];
    *added = m_strings.size() != before;
    if (*added)
        row = -1;
    return row;
}

void IdIndex::clear()
{
    m_numbers.clear();
    m_numbers.squeeze();
    m_strings.clear();
    m_strings.squeeze();
}

void IdIndex::reserve(qsizetype size)
{
    m_numbers.reserve(size);
}

} // namespace dataarts::ui
