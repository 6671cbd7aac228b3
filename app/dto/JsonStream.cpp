#include "JsonStream.h"

#include <cmath>

namespace dataarts {

namespace {

inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

// Length of the valid UTF-8 sequence starting at p (lead byte >= 0x80), 0 when invalid
// (overlong forms, surrogates and code points beyond U+10FFFF are invalid).
int utf8SequenceLength(const unsigned char *p, qsizetype available)
{
    const unsigned char c = p[0];
    int length = 0;
    char32_t min = 0;
    char32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
        cp = c & 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        cp = c & 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        cp = c & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (available < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return length;
}

// Qt's own locale-independent conversion: false when no double holds the number (1e999).
bool isFiniteNumber(const char *token, qsizetype length)
{
    bool ok = false;
    const double value = QByteArrayView(token, length).toDouble(&ok);
    return ok && std::isfinite(value);
}

} // namespace

JsonStream::JsonStream(const QByteArray &json)
    : m_source(json)
    , m_data(m_source.constData())
    , m_size(m_source.size())
{}

void JsonStream::skipWhitespace()
{
    while (m_pos < m_size && isSpace(m_data[m_pos]))
        ++m_pos;
}

QString JsonStream::path(const char *extraKey) const
{
    QString out;
    for (const Frame &f : m_frames) {
        if (f.closed || f.first)
            continue;
        if (f.isObject) {
            if (!out.isEmpty())
                out += QLatin1Char('.');
            out += QString::fromUtf8(f.key);
        } else {
            out += QLatin1Char('[') + QString::number(f.index) + QLatin1Char(']');
        }
    }
    if (extraKey) {
        if (!out.isEmpty())
            out += QLatin1Char('.');
        out += QString::fromLatin1(extraKey);
    }
    return out;
}

void JsonStream::failSyntax(const char *reason)
{
    if (!ok())
        return;
    m_error.problem =
        m_pos >= m_size ? DecodeError::Problem::Truncated : DecodeError::Problem::Malformed;
    m_error.reason = QString::fromLatin1(reason);
    m_error.offset = m_pos;
    m_error.path = path();
}

void JsonStream::failShape(const QString &reason)
{
    if (!ok())
        return;
    m_error.problem = DecodeError::Problem::Shape;
    m_error.reason = reason;
    m_error.path = path();
}

void JsonStream::failShapeAt(const char *childKey, const QString &reason)
{
    if (!ok())
        return;
    m_error.problem = DecodeError::Problem::Shape;
    m_error.reason = reason;
    m_error.path = path(childKey);
}

JsonStream::Token JsonStream::peek()
{
    if (!ok())
        return Token::Invalid;
    skipWhitespace();
    if (m_pos >= m_size)
        return Token::End;
    switch (m_data[m_pos]) {
    case '{':
        return Token::Object;
    case '[':
        return Token::Array;
    case '"':
        return Token::String;
    case 't':
        return Token::True;
    case 'f':
        return Token::False;
    case 'n':
        return Token::Null;
    default:
        if (m_data[m_pos] == '-' || isDigit(m_data[m_pos]))
            return Token::Number;
        return Token::Invalid;
    }
}

bool JsonStream::literal(const char *word, qsizetype length)
{
    for (qsizetype i = 0; i < length; ++i) {
        if (m_pos + i >= m_size) {
            m_pos = m_size;
            failSyntax("unterminated literal");
            return false;
        }
        if (m_data[m_pos + i] != word[i]) {
            m_pos += i;
            failSyntax("invalid literal");
            return false;
        }
    }
    m_pos += length;
    return true;
}

bool JsonStream::scanNumber()
{
    const qsizetype start = m_pos;
    if (m_pos < m_size && m_data[m_pos] == '-')
        ++m_pos;
    if (m_pos >= m_size) {
        failSyntax("unterminated number");
        return false;
    }
    if (m_data[m_pos] == '0') {
        ++m_pos;
    } else if (m_data[m_pos] >= '1' && m_data[m_pos] <= '9') {
        while (m_pos < m_size && isDigit(m_data[m_pos]))
            ++m_pos;
    } else {
        failSyntax("invalid number");
        return false;
    }
    bool integral = true;
    if (m_pos < m_size && m_data[m_pos] == '.') {
        integral = false;
        ++m_pos;
        const qsizetype digits = m_pos;
        while (m_pos < m_size && isDigit(m_data[m_pos]))
            ++m_pos;
        if (m_pos == digits) {
            failSyntax(m_pos >= m_size ? "unterminated number" : "invalid number");
            return false;
        }
    }
    if (m_pos < m_size && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
        integral = false;
        ++m_pos;
        if (m_pos < m_size && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
            ++m_pos;
        const qsizetype digits = m_pos;
        while (m_pos < m_size && isDigit(m_data[m_pos]))
            ++m_pos;
        if (m_pos == digits) {
            failSyntax(m_pos >= m_size ? "unterminated number" : "invalid number");
            return false;
        }
    }
    // A number ends the document or is followed by a delimiter.
    if (m_pos < m_size && !isSpace(m_data[m_pos]) && m_data[m_pos] != ',' && m_data[m_pos] != '}' &&
        m_data[m_pos] != ']') {
        failSyntax("invalid number");
        return false;
    }
    // Like Qt, refuse a number no double can hold (1e999); integers of up to 300 digits
    // always fit, and ids stay tokens anyway.
    if (m_pos - start > 300 || (!integral && !isFiniteNumber(m_data + start, m_pos - start))) {
        failSyntax("number out of range");
        return false;
    }
    return true;
}

bool JsonStream::scanString(QByteArray *out, qsizetype *start, qsizetype *length, bool *ascii,
                            bool *escaped)
{
    // m_data[m_pos] == '"'
    ++m_pos;
    *start = m_pos;
    *ascii = true;
    *escaped = false;
    const auto *bytes = reinterpret_cast<const unsigned char *>(m_data);
    qsizetype copiedUpTo = m_pos;
    while (true) {
        // The common run: plain printable ASCII.
        while (m_pos < m_size) {
            const unsigned char c = bytes[m_pos];
            if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
                break;
            ++m_pos;
        }
        if (m_pos >= m_size) {
            failSyntax("unterminated string");
            return false;
        }
        const unsigned char c = bytes[m_pos];
        if (c == '"') {
            if (out && *escaped)
                out->append(m_data + copiedUpTo, m_pos - copiedUpTo);
            *length = m_pos - *start;
            ++m_pos;
            return true;
        }
        if (c < 0x20) {
            failSyntax("control character in string");
            return false;
        }
        if (c >= 0x80) {
            const int n = utf8SequenceLength(bytes + m_pos, m_size - m_pos);
            if (n == 0) {
                // A sequence cut by the end of the input is a cut document, not bad UTF-8.
                const int wanted = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
                bool prefix = wanted > 0 && m_size - m_pos < wanted;
                for (qsizetype i = m_pos + 1; prefix && i < m_size; ++i)
                    prefix = (bytes[i] & 0xC0) == 0x80;
                if (prefix) {
                    m_pos = m_size;
                    failSyntax("unterminated string");
                } else {
                    failSyntax("invalid UTF-8 in string");
                }
                return false;
            }
            *ascii = false;
            m_pos += n;
            continue;
        }
        // An escape.
        if (out && !*escaped)
            out->clear();
        if (out)
            out->append(m_data + copiedUpTo, m_pos - copiedUpTo);
        *escaped = true;
        if (m_pos + 1 >= m_size) {
            m_pos = m_size;
            failSyntax("unterminated string");
            return false;
        }
        const char e = m_data[m_pos + 1];
        m_pos += 2;
        char plain = 0;
        switch (e) {
        case '"':
            plain = '"';
            break;
        case '\\':
            plain = '\\';
            break;
        case '/':
            plain = '/';
            break;
        case 'b':
            plain = '\b';
            break;
        case 'f':
            plain = '\f';
            break;
        case 'n':
            plain = '\n';
            break;
        case 'r':
            plain = '\r';
            break;
        case 't':
            plain = '\t';
            break;
        case 'u': {
            const auto hex4 = [&](char32_t *v) {
                if (m_pos + 4 > m_size) {
                    m_pos = m_size;
                    failSyntax("unterminated string");
                    return false;
                }
                char32_t r = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = hexValue(m_data[m_pos + i]);
                    if (h < 0) {
                        failSyntax("invalid \\u escape");
                        return false;
                    }
                    r = (r << 4) | char32_t(h);
                }
                m_pos += 4;
                *v = r;
                return true;
            };
            char32_t cp = 0;
            if (!hex4(&cp))
                return false;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (m_pos + 2 > m_size) {
                    m_pos = m_size;
                    failSyntax("unterminated string");
                    return false;
                }
                if (m_data[m_pos] != '\\' || m_data[m_pos + 1] != 'u') {
                    failSyntax("unpaired surrogate in \\u escape");
                    return false;
                }
                m_pos += 2;
                char32_t low = 0;
                if (!hex4(&low))
                    return false;
                if (low < 0xDC00 || low > 0xDFFF) {
                    failSyntax("unpaired surrogate in \\u escape");
                    return false;
                }
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                failSyntax("unpaired surrogate in \\u escape");
                return false;
            }
            if (cp >= 0x80)
                *ascii = false;
            if (out)
                appendUtf8(*out, cp);
            copiedUpTo = m_pos;
            continue;
        }
        default:
            --m_pos;
            failSyntax("invalid escape in string");
            return false;
        }
        if (out)
            out->append(plain);
        copiedUpTo = m_pos;
    }
}

QString JsonStream::readString()
{
    if (peek() != Token::String)
        return {};
    qsizetype start = 0, length = 0;
    bool ascii = true, escaped = false;
    if (!scanString(&m_scratch, &start, &length, &ascii, &escaped))
        return {};
    if (escaped)
        return QString::fromUtf8(m_scratch);
    if (ascii)
        return QString::fromLatin1(m_data + start, length);
    return QString::fromUtf8(m_data + start, length);
}

QByteArrayView JsonStream::readNumber()
{
    if (peek() != Token::Number)
        return {};
    const qsizetype start = m_pos;
    if (!scanNumber())
        return {};
    return QByteArrayView(m_data + start, m_pos - start);
}

bool JsonStream::readBool()
{
    const Token t = peek();
    if (t == Token::True)
        return literal("true", 4);
    if (t == Token::False)
        literal("false", 5);
    return false;
}

void JsonStream::readNull()
{
    if (peek() == Token::Null)
        literal("null", 4);
}

void JsonStream::skipValue()
{
    // Iterative, so that deep nesting cannot exhaust the stack.
    int depth = 0;
    QVarLengthArray<bool, 32> isObject; // per open container
    QVarLengthArray<bool, 32> first;
    while (ok()) {
        skipWhitespace();
        if (depth > 0) {
            // Inside a container: a separator or its end, then (for objects) a key.
            if (m_pos >= m_size) {
                failSyntax(isObject.last() ? "unterminated object" : "unterminated array");
                return;
            }
            const char close = isObject.last() ? '}' : ']';
            if (m_data[m_pos] == close) {
                ++m_pos;
                --depth;
                isObject.removeLast();
                first.removeLast();
                if (depth == 0)
                    return;
                continue;
            }
            if (!first.last()) {
                if (m_data[m_pos] != ',') {
                    failSyntax(isObject.last() ? "expected ',' or '}'" : "expected ',' or ']'");
                    return;
                }
                ++m_pos;
                skipWhitespace();
            }
            first.last() = false;
            if (isObject.last()) {
                if (m_pos >= m_size) {
                    failSyntax("unterminated object");
                    return;
                }
                if (m_data[m_pos] != '"') {
                    failSyntax("expected a key");
                    return;
                }
                qsizetype start = 0, length = 0;
                bool ascii = true, escaped = false;
                if (!scanString(nullptr, &start, &length, &ascii, &escaped))
                    return;
                skipWhitespace();
                if (m_pos >= m_size) {
                    failSyntax("unterminated object");
                    return;
                }
                if (m_data[m_pos] != ':') {
                    failSyntax("expected ':'");
                    return;
                }
                ++m_pos;
                skipWhitespace();
            }
        }
        if (m_pos >= m_size) {
            failSyntax("unexpected end of document");
            return;
        }
        const char c = m_data[m_pos];
        if (c == '{' || c == '[') {
            if (depth + int(m_frames.size()) >= kMaxDepth) {
                failSyntax("nested too deeply");
                return;
            }
            ++m_pos;
            ++depth;
            isObject.append(c == '{');
            first.append(true);
            continue;
        }
        if (c == '"') {
            qsizetype start = 0, length = 0;
            bool ascii = true, escaped = false;
            scanString(nullptr, &start, &length, &ascii, &escaped);
        } else if (c == '-' || isDigit(c)) {
            scanNumber();
        } else if (c == 't') {
            literal("true", 4);
        } else if (c == 'f') {
            literal("false", 5);
        } else if (c == 'n') {
            literal("null", 4);
        } else {
            failSyntax("unexpected character");
        }
        if (depth == 0)
            return;
    }
}

void JsonStream::expectEnd()
{
    if (!ok())
        return;
    skipWhitespace();
    if (m_pos < m_size)
        failSyntax("garbage after the document");
}

bool JsonStream::enter(Token token)
{
    if (peek() != token)
        return false;
    if (m_frames.size() >= kMaxDepth) {
        failSyntax("nested too deeply");
        return false;
    }
    ++m_pos;
    m_frames.append(Frame{token == Token::Object, true, false, -1, {}, {}});
    return true;
}

bool JsonStream::advance(char close, const char *unterminated, const char *expected)
{
    if (!ok() || m_frames.isEmpty())
        return false;
    Frame &f = m_frames.last();
    skipWhitespace();
    if (m_pos >= m_size) {
        failSyntax(unterminated);
        return false;
    }
    if (m_data[m_pos] == close) {
        ++m_pos;
        f.closed = true;
        return false;
    }
    if (!f.first) {
        if (m_data[m_pos] != ',') {
            failSyntax(expected);
            return false;
        }
        ++m_pos;
    }
    f.first = false;
    return true;
}

bool JsonStream::enterObject()
{
    return enter(Token::Object);
}

bool JsonStream::nextMember()
{
    if (!advance('}', "unterminated object", "expected ',' or '}'"))
        return false;
    Frame &f = m_frames.last();
    skipWhitespace();
    if (m_pos >= m_size) {
        failSyntax("unterminated object");
        return false;
    }
    if (m_data[m_pos] != '"') {
        failSyntax("expected a key");
        return false;
    }
    qsizetype start = 0, length = 0;
    bool ascii = true, escaped = false;
    if (!scanString(&f.keyStorage, &start, &length, &ascii, &escaped))
        return false;
    f.key = escaped ? QByteArrayView(f.keyStorage) : QByteArrayView(m_data + start, length);
    skipWhitespace();
    if (m_pos >= m_size) {
        failSyntax("unterminated object");
        return false;
    }
    if (m_data[m_pos] != ':') {
        failSyntax("expected ':'");
        return false;
    }
    ++m_pos;
    return true;
}

bool JsonStream::enterArray()
{
    return enter(Token::Array);
}

bool JsonStream::nextItem()
{
    if (!advance(']', "unterminated array", "expected ',' or ']'"))
        return false;
    ++m_frames.last().index;
    return true;
}

void JsonStream::leave()
{
    if (!m_frames.isEmpty())
        m_frames.removeLast();
}

} // namespace dataarts
