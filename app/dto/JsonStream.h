#pragma once

#include "DecodeError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

namespace dataarts {

// A strict pull parser over the raw bytes of a JSON document (RFC 8259): the decoders read
// DTO fields straight from it, without building a QJsonDocument first. Numbers stay tokens
// (so ids of any length keep every digit), strings must be valid UTF-8 with valid escapes,
// nesting is limited, and the first error (syntax or shape) stops everything and is kept
// with its JSON path and byte offset.
//
// Objects and arrays are read with JsonFields and JsonItems (below), which keep the path;
// every member value or array item must be consumed once (read, entered or skipped).
class JsonStream
{
public:
    enum class Token { Invalid, End, Object, Array, String, Number, True, False, Null };

    static constexpr int kMaxDepth = 256;

    explicit JsonStream(const QByteArray &json);

    bool ok() const { return !m_error.isError(); }
    const DecodeError &error() const { return m_error; }

    // The next value's kind (whitespace skipped); Invalid on a byte that cannot start one.
    Token peek();

    // Values. Each consumes one value; on a type mismatch nothing is consumed and false /
    // empty is returned (the caller reports the shape error).
    QString readString();
    QByteArrayView readNumber(); // the validated number token
    bool readBool();
    void readNull();
    // Consumes any value, validating it.
    void skipValue();
    // After the top-level value: nothing but whitespace may follow.
    void expectEnd();

    void failShape(const QString &reason);
    void failShapeAt(const char *childKey, const QString &reason);

    // Containers (used by JsonFields / JsonItems).
    bool enterObject();
    bool nextMember(); // false at '}' (or on error); the key is then key()
    QByteArrayView key() const
    {
        return m_frames.isEmpty() ? QByteArrayView() : m_frames.last().key;
    }
    bool enterArray();
    bool nextItem(); // false at ']' (or on error)
    void leave();    // pops the innermost container frame

    QString path(const char *extraKey = nullptr) const;

private:
    struct Frame {
        bool isObject = true;
        bool first = true;
        bool closed = false;   // its '}' or ']' was read
        qsizetype index = -1;  // current item (arrays)
        QByteArrayView key;    // current member key (objects): into the source, or
        QByteArray keyStorage; // ... into this when the key had escapes
    };

    void skipWhitespace();
    void failSyntax(const char *reason);
    // Opens an object or array at the cursor (false if another token is there).
    bool enter(Token token);
    // Steps over the ',' before the next member or item of the innermost frame; false at
    // its closing bracket (the frame is then closed) or on an error.
    bool advance(char close, const char *unterminated, const char *expected);
    // Scans a string at m_pos ('"'), validating; appends its UTF-8 to out when given.
    // Returns false on error. *ascii: no byte >= 0x80; *escaped: had escapes.
    bool scanString(QByteArray *out, qsizetype *start, qsizetype *length, bool *ascii,
                    bool *escaped);
    bool scanNumber();
    bool literal(const char *word, qsizetype length);

    QByteArray m_source;
    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    QVarLengthArray<Frame, 16> m_frames;
    QByteArray m_scratch;
    DecodeError m_error;
};

} // namespace dataarts
