#pragma once

#include <QString>

namespace dataarts::sandbox {

// A server message in both languages the real service answers in; the request's
// X-Language header ("zh-cn") picks one.
struct Text {
    QString en;
    QString zh;

    QString pick(bool chinese) const { return chinese && !zh.isEmpty() ? zh : en; }
    bool isEmpty() const { return en.isEmpty() && zh.isEmpty(); }
};

} // namespace dataarts::sandbox
