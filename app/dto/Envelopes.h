#pragma once

#include "DecodeError.h"
#include "Page.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>

namespace dataarts::envelope {

// {"data":{"value": X}}: X (any JSON value), or an error naming what was missing.
bool architectureValue(const QJsonDocument &document, QJsonValue *value, DecodeError *error);

// {"data":{"value":{"total":N,"records":[...]}}} (Architecture listings).
bool architecturePage(const QJsonDocument &document, QJsonArray *records, qint64 *total,
                      DecodeError *error);

// {totalKey: N, recordsKey: [...]} at the top level (DataService listings). An empty
// totalKey: the listing has no total (total is set to -1).
bool topLevelPage(const QJsonDocument &document, QLatin1String recordsKey, QLatin1String totalKey,
                  QJsonArray *records, qint64 *total, DecodeError *error);

// The top-level object, or an error when the document is an array or empty.
bool topObject(const QJsonDocument &document, QJsonObject *object, DecodeError *error);

// Decodes each element with T::decode(value, path, &record, error).
template <typename T>
bool records(const QJsonArray &array, const QString &path, QList<T> *out, DecodeError *error) {
    out->reserve(out->size() + array.size());
    qsizetype index = 0;
    for (const QJsonValue &value : array) {
        T record;
        if (!T::decode(value, path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']'),
                       &record, error))
            return false;
        out->append(std::move(record));
        ++index;
    }
    return true;
}

template <typename T>
bool architecturePageOf(const QJsonDocument &document, Page<T> *page, DecodeError *error) {
    QJsonArray array;
    if (!architecturePage(document, &array, &page->total, error))
        return false;
    return records(array, QStringLiteral("data.value.records"), &page->records, error);
}

template <typename T>
bool topLevelPageOf(const QJsonDocument &document, QLatin1String recordsKey, QLatin1String totalKey,
                    Page<T> *page, DecodeError *error) {
    QJsonArray array;
    if (!topLevelPage(document, recordsKey, totalKey, &array, &page->total, error))
        return false;
    return records(array, QString(recordsKey), &page->records, error);
}

} // namespace dataarts::envelope
