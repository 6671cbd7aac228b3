#include "StringTable.h"

namespace dataarts::ui {

StringTable::StringTable()
{
    clear();
}

quint32 StringTable::indexOf(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const auto it = m_index.constFind(text);
    if (it != m_index.constEnd())
        return *it;
    const quint32 index = quint32(m_strings.size());
    m_strings.append(text);
    m_index.insert(text, index);
    return index;
}

void StringTable::clear()
{
    m_strings = {QString()};
    m_index.clear();
}

} // namespace dataarts::ui
