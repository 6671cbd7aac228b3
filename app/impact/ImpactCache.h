#pragma once

#include "client/ApiError.h"

#include <QHash>
#include <QString>

#include <any>

namespace dataarts {

// The answers of the impact reads, by read (kind and arguments), kept for as long as the
// owner lives: a wizard keeps one, so that going back and forth, or checking a smaller
// selection again, reads nothing twice. A failed read is not kept: it is tried again.
class ImpactCache
{
public:
    struct Answer {
        ApiError error; // a failed read is never stored; kept for the waiters of one check
        std::any value;
    };

    bool contains(const QString &key) const { return m_answers.contains(key); }
    const Answer &answer(const QString &key) const { return m_answers.find(key).value(); }
    void store(const QString &key, Answer answer)
    {
        if (!answer.error.isError())
            m_answers.insert(key, std::move(answer));
    }
    void clear() { m_answers.clear(); }
    int size() const { return int(m_answers.size()); }

private:
    QHash<QString, Answer> m_answers;
};

} // namespace dataarts
