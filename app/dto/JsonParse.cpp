#include "JsonParse.h"

namespace dataarts::json {

namespace {

inline bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Scans for integer literals outside strings. Calls onBig(start, end) for each one of
// kBigIntegerDigits digits or more ([start, end) covers the sign and the digits).
template <typename F>
void scanBigIntegers(const char *data, qsizetype size, F onBig) {
    qsizetype i = 0;
    while (i < size) {
        const char c = data[i];
        if (c == '"') {
            // Skip the string, honouring escapes.
            ++i;
            while (i < size) {
                const char s = data[i];
                if (s == '\\') {
                    i += 2;
                    continue;
                }
                ++i;
                if (s == '"')
                    break;
            }
            continue;
        }
        if (c == '-' || isDigit(c)) {
            const qsizetype start = i;
            if (c == '-')
                ++i;
            const qsizetype digitsStart = i;
            while (i < size && isDigit(data[i]))
                ++i;
            const qsizetype digits = i - digitsStart;
            // A fraction or an exponent makes it a real number: leave it alone.
            const bool fraction = i < size && (data[i] == '.' || data[i] == 'e' || data[i] == 'E');
            if (fraction) {
                while (i < size && (isDigit(data[i]) || data[i] == '.' || data[i] == 'e' ||
                                    data[i] == 'E' || data[i] == '+' || data[i] == '-'))
                    ++i;
                continue;
            }
            if (digits >= kBigIntegerDigits)
                onBig(start, i);
            continue;
        }
        ++i;
    }
}

} // namespace

QByteArray quoteBigIntegers(const QByteArray &json) {
    const char *data = json.constData();
    const qsizetype size = json.size();
    bool any = false;
    scanBigIntegers(data, size, [&](qsizetype, qsizetype) { any = true; });
    if (!any)
        return json;
    QByteArray out;
    out.reserve(size + 64);
    qsizetype copied = 0;
    scanBigIntegers(data, size, [&](qsizetype start, qsizetype end) {
        out.append(data + copied, start - copied);
        out.append('"');
        out.append(data + start, end - start);
        out.append('"');
        copied = end;
    });
    out.append(data + copied, size - copied);
    return out;
}

ParseResult parse(const QByteArray &json) {
    ParseResult result;
    const QByteArray prepared = quoteBigIntegers(json);
    result.document = QJsonDocument::fromJson(prepared, &result.error);
    if (!result.ok()) {
        // Offsets refer to the prepared bytes; an error at (or past) their end means the
        // document stopped early.
        result.truncated = result.error.offset >= prepared.size() - 1 &&
                           result.error.error != QJsonParseError::GarbageAtEnd &&
                           result.error.error != QJsonParseError::IllegalUTF8String;
        if (prepared.trimmed().isEmpty())
            result.truncated = false;
    }
    return result;
}

} // namespace dataarts::json
