#include "Canonical.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace dataarts::canonical {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

void appendEncoded(QByteArray &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    // Worst case three bytes out per byte in; written through a raw pointer, then trimmed.
    const qsizetype start = out.size();
    out.resize(start + 3 * utf8.size());
    char *dst = out.data() + start;
    for (const char c : utf8) {
        if (isUnreserved(c)) {
            *dst++ = c;
        } else {
            const auto byte = static_cast<unsigned char>(c);
            *dst++ = '%';
            *dst++ = hex[byte >> 4];
            *dst++ = hex[byte & 0x0F];
        }
    }
    out.truncate(dst - out.constData());
}

QByteArray encodedPath(const QString &decodedPath)
{
    QByteArray out;
    const QByteArray utf8 = decodedPath.toUtf8();
    out.reserve(utf8.size() + 8);
    qsizetype start = 0;
    while (true) {
        const qsizetype slash = utf8.indexOf('/', start);
        const qsizetype end = slash < 0 ? utf8.size() : slash;
        appendEncoded(out, QByteArrayView(utf8.constData() + start, end - start));
        if (slash < 0)
            break;
        out.append('/');
        start = slash + 1;
    }
    if (out.isEmpty() || out.front() != '/')
        out.prepend('/');
    return out;
}

} // namespace

QByteArray encode(const QString &text)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    out.reserve(utf8.size());
    appendEncoded(out, utf8);
    return out;
}

QByteArray uri(const QString &decodedPath)
{
    QByteArray out = encodedPath(decodedPath);
    if (!out.endsWith('/'))
        out.append('/');
    return out;
}

QByteArray sentPath(const QString &decodedPath)
{
    return encodedPath(decodedPath);
}

QByteArray query(const QueryItems &items)
{
    if (items.isEmpty())
        return {};
    QList<QPair<QByteArray, QByteArray>> utf8;
    utf8.reserve(items.size());
    qsizetype length = 0;
    for (const auto &item : items) {
        utf8.append({item.first.toUtf8(), item.second.toUtf8()});
        length += 3 * (utf8.constLast().first.size() + utf8.constLast().second.size()) + 2;
    }
    std::sort(utf8.begin(), utf8.end()); // keys first, then values of one key
    QByteArray out;
    out.reserve(length);
    for (const auto &[key, value] : std::as_const(utf8)) {
        if (!out.isEmpty())
            out.append('&');
        appendEncoded(out, key);
        out.append('=');
        appendEncoded(out, value);
    }
    return out;
}

QList<QByteArray> normalizedNames(const QList<QByteArray> &names)
{
    QList<QByteArray> out;
    out.reserve(names.size());
    for (const QByteArray &name : names)
        out.append(name.trimmed().toLower());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    out.removeAll(QByteArray());
    return out;
}

QByteArray payloadHash(const QByteArray &body)
{
    if (body.isEmpty()) {
        return QByteArrayLiteral(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

QByteArray sdkDate(const QDateTime &when)
{
    // Formatted by hand: QDateTime::toString goes through the locale machinery and costs
    // more than the rest of the signature.
    const QDateTime utc = when.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char buf[17];
    const auto put = [&buf](int pos, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            buf[pos + i] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
    };
    put(0, d.year(), 4);
    put(4, d.month(), 2);
    put(6, d.day(), 2);
    buf[8] = 'T';
    put(9, t.hour(), 2);
    put(11, t.minute(), 2);
    put(13, t.second(), 2);
    buf[15] = 'Z';
    return QByteArray(buf, 16);
}

QDateTime parseSdkDate(const QByteArray &text)
{
    if (text.size() != 16 || text.at(8) != 'T' || text.at(15) != 'Z')
        return {};
    const QDate date =
        QDate::fromString(QString::fromLatin1(text.left(8)), QStringLiteral("yyyyMMdd"));
    const QTime time =
        QTime::fromString(QString::fromLatin1(text.mid(9, 6)), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace dataarts::canonical
