#include "Envelopes.h"

namespace dataarts::envelope {

bool validate(const QByteArray &body, DecodeError *error)
{
    JsonStream s(body);
    // A document is an object or an array (as for QJsonDocument); an empty one is cut short.
    const JsonStream::Token first = s.peek();
    if (first != JsonStream::Token::Object && first != JsonStream::Token::Array &&
        first != JsonStream::Token::End) {
        s.skipValue();
        if (s.ok()) {
            *error = DecodeError{DecodeError::Problem::Malformed, QString(),
                                 QStringLiteral("a document must be an object or an array"), 0};
            return false;
        }
    } else {
        s.skipValue();
    }
    s.expectEnd();
    *error = s.error();
    return s.ok();
}

} // namespace dataarts::envelope
