#include "Envelopes.h"

#include "JsonReader.h"

#include <QJsonObject>

namespace dataarts::envelope {

bool topObject(const QJsonDocument &document, QJsonObject *object, DecodeError *error) {
    if (!document.isObject()) {
        error->path.clear();
        error->reason = document.isArray() ? QStringLiteral("expected an object, got an array")
                                           : QStringLiteral("expected a JSON object");
        return false;
    }
    *object = document.object();
    return true;
}

bool architectureValue(const QJsonDocument &document, QJsonValue *value, DecodeError *error) {
    QJsonObject top;
    if (!topObject(document, &top, error))
        return false;
    JsonReader reader(top, QString(), error);
    const QJsonObject data = reader.object(QLatin1String("data"), JsonReader::Required);
    if (!reader.ok())
        return false;
    if (!data.contains(QLatin1String("value"))) {
        reader.fail(QStringLiteral("data.value"), QStringLiteral("required field is missing"));
        return false;
    }
    *value = data.value(QLatin1String("value"));
    return true;
}

bool architecturePage(const QJsonDocument &document, QJsonArray *records, qint64 *total,
                      DecodeError *error) {
    QJsonValue value;
    if (!architectureValue(document, &value, error))
        return false;
    if (!value.isObject()) {
        error->path = QStringLiteral("data.value");
        error->reason = QStringLiteral("expected an object");
        return false;
    }
    JsonReader reader(value.toObject(), QStringLiteral("data.value"), error);
    *total = reader.integer(QLatin1String("total"), JsonReader::Required);
    // An empty listing may leave "records" out; a non-empty one must carry it.
    *records = reader.array(QLatin1String("records"),
                            *total > 0 ? JsonReader::Required : JsonReader::Optional);
    if (reader.ok() && *total < 0)
        reader.fail(QStringLiteral("data.value.total"), QStringLiteral("negative total"));
    return reader.ok();
}

bool topLevelPage(const QJsonDocument &document, QLatin1String recordsKey, QLatin1String totalKey,
                  QJsonArray *records, qint64 *total, DecodeError *error) {
    QJsonObject top;
    if (!topObject(document, &top, error))
        return false;
    JsonReader reader(top, QString(), error);
    *total = -1;
    if (totalKey.size() > 0) {
        *total = reader.integer(totalKey, JsonReader::Required);
        if (reader.ok() && *total < 0)
            reader.fail(QString(totalKey), QStringLiteral("negative total"));
    }
    const bool mayBeAbsent = totalKey.size() > 0 && *total == 0;
    *records = reader.array(recordsKey, mayBeAbsent ? JsonReader::Optional : JsonReader::Required);
    return reader.ok();
}

} // namespace dataarts::envelope
