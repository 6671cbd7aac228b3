#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace dataarts::ui {

// Each distinct string once, named by a small index: a field with few distinct values
// (status, type, database, warehouse type, workspace) costs four bytes per row instead of
// a string. Index 0 is the empty string.
class StringTable
{
public:
    StringTable();

    // The index of the text, added when new.
    quint32 indexOf(const QString &text);
    const QString &at(quint32 index) const { return m_strings.at(index); }
    qsizetype size() const { return m_strings.size(); }
    void clear();

private:
    QList<QString> m_strings;
    QHash<QString, quint32> m_index;
};

} // namespace dataarts::ui
