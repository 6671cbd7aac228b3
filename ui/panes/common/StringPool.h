#pragma once

#include <QSet>
#include <QString>

namespace dataarts::ui {

// Hands out one shared copy of each distinct string (implicit sharing), so that a field
// with few distinct values (status, database, warehouse type, ...) costs one pointer per
// row instead of one allocation per row.
class StringPool
{
public:
    QString intern(const QString &text);
    void clear() { m_strings.clear(); }
    qsizetype size() const { return m_strings.size(); }

private:
    QSet<QString> m_strings;
};

} // namespace dataarts::ui
