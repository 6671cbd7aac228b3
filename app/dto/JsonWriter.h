#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace dataarts {

// Deterministic compact JSON: keys in the order they are written, no spaces, strings as
// UTF-8 with only '"', '\\' and control characters escaped. Request bodies are built with
// it so that what a wizard shows is byte for byte what is sent (and signed).
class JsonWriter
{
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(const char *name);

    JsonWriter &value(const QString &text);
    JsonWriter &value(bool flag);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &stringArray(const QStringList &items);

    // key + value in one call.
    template <typename T>
    JsonWriter &field(const char *name, const T &v)
    {
        key(name);
        return value(v);
    }

    QByteArray take() { return std::move(m_out); }
    const QByteArray &bytes() const { return m_out; }

    static void appendString(QByteArray &out, const QString &text);

private:
    void separate();

    QByteArray m_out;
    QList<bool> m_first; // per open container: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace dataarts
