#include "JsonFields.h"

#include <limits>

namespace dataarts {

namespace {

// Reads `count` digits at text[pos]; -1 when one is not a digit.
int digits(const QString &text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text.at(pos + i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

constexpr qint64 kMinEpochMs = -62135596800000LL; // 0001-01-01
constexpr qint64 kMaxEpochMs = 253402300799999LL; // 9999-12-31

} // namespace

bool parseInteger(QByteArrayView token, qint64 *out)
{
    if (token.isEmpty())
        return false;
    qsizetype i = 0;
    const bool negative = token.at(0) == '-';
    if (negative)
        i = 1;
    if (i == token.size())
        return false;
    quint64 value = 0;
    const quint64 limit = negative ? quint64(std::numeric_limits<qint64>::max()) + 1
                                   : quint64(std::numeric_limits<qint64>::max());
    for (; i < token.size(); ++i) {
        const char c = token.at(i);
        if (c < '0' || c > '9')
            return false;
        const quint64 digit = quint64(c - '0');
        if (value > (limit - digit) / 10)
            return false;
        value = value * 10 + digit;
    }
    *out = negative ? qint64(0 - value) : qint64(value);
    return true;
}

QDateTime parseIsoDateTime(const QString &text)
{
    if (text.size() < 20 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-') ||
        (text.at(10) != QLatin1Char('T') && text.at(10) != QLatin1Char(' ')) ||
        text.at(13) != QLatin1Char(':') || text.at(16) != QLatin1Char(':'))
        return {};
    const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2), minute = digits(text, 14, 2),
              second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return {};
    qsizetype pos = 19;
    int ms = 0;
    if (pos < text.size() && text.at(pos) == QLatin1Char('.')) {
        ++pos;
        int n = 0;
        while (pos < text.size() && isAsciiDigit(text.at(pos))) {
            if (n < 3)
                ms = ms * 10 + (text.at(pos).unicode() - u'0');
            ++n;
            ++pos;
        }
        if (n == 0 || n > 9)
            return {};
        for (int i = n; i < 3; ++i)
            ms *= 10;
    }
    int offsetSecs = 0;
    if (pos < text.size() && text.at(pos) == QLatin1Char('Z')) {
        ++pos;
    } else if (pos < text.size() &&
               (text.at(pos) == QLatin1Char('+') || text.at(pos) == QLatin1Char('-'))) {
        const int sign = text.at(pos) == QLatin1Char('-') ? -1 : 1;
        const int oh = digits(text, pos + 1, 2);
        const bool colon = pos + 3 < text.size() && text.at(pos + 3) == QLatin1Char(':');
        const int om = digits(text, pos + (colon ? 4 : 3), 2);
        if (oh < 0 || om < 0 || oh > 23 || om > 59)
            return {};
        offsetSecs = sign * (oh * 3600 + om * 60);
        pos += colon ? 6 : 5;
    } else {
        return {};
    }
    if (pos != text.size())
        return {};
    const QDate date(year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return {};
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    const qint64 msecs =
        ((days * 24 + hour) * 60 + minute) * 60000LL + second * 1000LL + ms - offsetSecs * 1000LL;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC); // no time-zone object to allocate
}

JsonFields::JsonFields(JsonStream &stream)
    : m_stream(stream)
{
    if (m_stream.peek() == JsonStream::Token::Object)
        m_entered = m_stream.enterObject();
    else
        m_stream.failShape(QStringLiteral("expected an object"));
}

JsonFields::~JsonFields()
{
    if (m_entered)
        m_stream.leave();
}

bool JsonFields::next()
{
    return m_entered && m_stream.nextMember();
}

void JsonFields::wrongType(const char *expected)
{
    m_stream.failShape(QStringLiteral("expected %1").arg(QLatin1String(expected)));
}

void JsonFields::missing(const char *name)
{
    m_stream.failShapeAt(name, QStringLiteral("required field is missing"));
}

bool JsonFields::takeNull()
{
    if (m_stream.peek() != JsonStream::Token::Null)
        return false;
    m_stream.readNull();
    m_present = false;
    return true;
}

void JsonFields::skip()
{
    m_present = m_stream.peek() != JsonStream::Token::Null;
    m_stream.skipValue();
}

QString JsonFields::string()
{
    m_present = false;
    switch (m_stream.peek()) {
    case JsonStream::Token::String:
        m_present = true;
        return m_stream.readString();
    case JsonStream::Token::Null:
        m_stream.readNull();
        return {};
    default:
        wrongType("a string");
        return {};
    }
}

QString JsonFields::id()
{
    m_present = false;
    switch (m_stream.peek()) {
    case JsonStream::Token::String:
        m_present = true;
        return m_stream.readString();
    case JsonStream::Token::Number: {
        const QByteArrayView token = m_stream.readNumber();
        qsizetype i = token.startsWith('-') ? 1 : 0;
        bool integral = i < token.size();
        for (; i < token.size(); ++i)
            integral = integral && token.at(i) >= '0' && token.at(i) <= '9';
        if (!integral) {
            wrongType("an id (string or integer)");
            return {};
        }
        m_present = true;
        return QString::fromLatin1(token); // every digit, whatever its size
    }
    case JsonStream::Token::Null:
        m_stream.readNull();
        return {};
    default:
        wrongType("an id (string or integer)");
        return {};
    }
}

qint64 JsonFields::integer()
{
    m_present = false;
    qint64 value = 0;
    switch (m_stream.peek()) {
    case JsonStream::Token::Number: {
        if (!parseInteger(m_stream.readNumber(), &value)) {
            if (m_stream.ok())
                wrongType("an integer");
            return 0;
        }
        m_present = true;
        return value;
    }
    case JsonStream::Token::String: {
        const QString text = m_stream.readString();
        if (!parseInteger(QByteArrayView(text.toLatin1()), &value)) {
            wrongType("an integer");
            return 0;
        }
        m_present = true;
        return value;
    }
    case JsonStream::Token::Null:
        m_stream.readNull();
        return 0;
    default:
        wrongType("an integer");
        return 0;
    }
}

bool JsonFields::boolean()
{
    m_present = false;
    switch (m_stream.peek()) {
    case JsonStream::Token::True:
    case JsonStream::Token::False:
        m_present = true;
        return m_stream.readBool();
    case JsonStream::Token::Null:
        m_stream.readNull();
        return false;
    default:
        wrongType("true or false");
        return false;
    }
}

QDateTime JsonFields::timeFromEpochMs(qint64 ms, bool valid)
{
    if (!valid) {
        wrongType("epoch milliseconds");
        return {};
    }
    if (ms < kMinEpochMs || ms > kMaxEpochMs) {
        m_stream.failShape(QStringLiteral("timestamp out of range"));
        return {};
    }
    m_present = true;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QDateTime JsonFields::epochMs()
{
    m_present = false;
    qint64 ms = 0;
    switch (m_stream.peek()) {
    case JsonStream::Token::Number: {
        const bool valid = parseInteger(m_stream.readNumber(), &ms);
        if (!m_stream.ok())
            return {};
        return timeFromEpochMs(ms, valid);
    }
    case JsonStream::Token::String: {
        const QString text = m_stream.readString();
        return timeFromEpochMs(ms, parseInteger(QByteArrayView(text.toLatin1()), &ms));
    }
    case JsonStream::Token::Null:
        m_stream.readNull();
        return {};
    default:
        wrongType("epoch milliseconds");
        return {};
    }
}

QDateTime JsonFields::time()
{
    m_present = false;
    switch (m_stream.peek()) {
    case JsonStream::Token::String: {
        const QString text = m_stream.readString();
        if (text.isEmpty())
            return {};
        qint64 ms = 0;
        if (isAsciiDigit(text.at(0)) && parseInteger(QByteArrayView(text.toLatin1()), &ms))
            return timeFromEpochMs(ms, true);
        QDateTime t = parseIsoDateTime(text);
        if (!t.isValid())
            t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid()) {
            wrongType("an ISO 8601 date-time");
            return {};
        }
        m_present = true;
        return t.toUTC();
    }
    case JsonStream::Token::Number:
        return epochMs();
    case JsonStream::Token::Null:
        m_stream.readNull();
        return {};
    default:
        wrongType("an ISO 8601 date-time or epoch milliseconds");
        return {};
    }
}

JsonItems::JsonItems(JsonStream &stream)
    : m_stream(stream)
{
    if (m_stream.peek() == JsonStream::Token::Array)
        m_entered = m_stream.enterArray();
    else
        m_stream.failShape(QStringLiteral("expected an array"));
}

JsonItems::~JsonItems()
{
    if (m_entered)
        m_stream.leave();
}

bool JsonItems::next()
{
    return m_entered && m_stream.nextItem();
}

} // namespace dataarts
