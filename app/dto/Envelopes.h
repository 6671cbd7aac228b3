#pragma once

#include "DecodeError.h"
#include "JsonFields.h"
#include "Page.h"

#include <QByteArray>

// The answer envelopes of dataarts-api.md, decoded straight from the body bytes. Each
// function reads the whole document (and fails on anything after it); records are decoded
// with T::decode(JsonStream &, T *).
namespace dataarts::envelope {

// Only checks that the bytes are one well-formed JSON document (an object or an array).
bool validate(const QByteArray &body, DecodeError *error);

// The error of a finished stream. A syntax error anywhere in the body wins over a shape
// error found before it: a cut or broken body is reported as such, not as a wrong member.
inline bool result(const JsonStream &s, const QByteArray &body, DecodeError *error)
{
    *error = s.error();
    if (error->problem == DecodeError::Problem::Shape) {
        DecodeError syntax;
        if (!validate(body, &syntax))
            *error = syntax;
    }
    return !error->isError();
}

// Reads the value at `data.value` of {"data":{"value": ...}} with readValue(stream); the
// rest of the document is validated and skipped.
template <typename F>
bool architectureValue(const QByteArray &body, F readValue, DecodeError *error)
{
    JsonStream s(body);
    {
        JsonFields top(s);
        bool haveData = false;
        while (top.next()) {
            if (!top.is("data")) {
                top.skip();
                continue;
            }
            haveData = true;
            JsonFields data(s);
            bool haveValue = false;
            while (data.next()) {
                if (data.is("value")) {
                    haveValue = true;
                    readValue(s);
                } else {
                    data.skip();
                }
            }
            if (!haveValue && data.entered())
                data.missing("value");
        }
        if (!haveData && top.entered())
            top.missing("data");
    }
    s.expectEnd();
    return result(s, body, error);
}

// Reads the members of a listing object: totalKey (an integer; empty: no total) and
// recordsKey (an array of T). Records may be left out when the total is 0.
template <typename T>
void pageFields(JsonStream &s, const char *recordsKey, const char *totalKey, Page<T> *page)
{
    JsonFields f(s);
    bool haveTotal = false;
    bool haveRecords = false;
    const bool wantTotal = totalKey[0] != '\0';
    page->total = -1;
    while (f.next()) {
        if (wantTotal && f.is(totalKey)) {
            page->total = f.integer();
            haveTotal = f.present();
        } else if (f.is(recordsKey)) {
            if (f.takeNull())
                continue;
            haveRecords = true;
            JsonItems items(s);
            while (items.next()) {
                T record;
                if (!T::decode(s, &record))
                    return;
                page->records.append(std::move(record));
            }
        } else {
            f.skip();
        }
    }
    if (!f.entered() || !s.ok())
        return;
    if (wantTotal && !haveTotal) {
        f.missing(totalKey);
        return;
    }
    if (wantTotal && page->total < 0) {
        s.failShapeAt(totalKey, QStringLiteral("negative total"));
        return;
    }
    if (!haveRecords && (!wantTotal || page->total > 0))
        f.missing(recordsKey);
}

// {"data":{"value":{"total":N,"records":[...]}}} (Architecture listings).
template <typename T>
bool architecturePageOf(const QByteArray &body, Page<T> *page, DecodeError *error)
{
    return architectureValue(
        body, [page](JsonStream &s) { pageFields(s, "records", "total", page); }, error);
}

// {totalKey: N, recordsKey: [...]} at the top level (DataService, discovery, IAM listings).
template <typename T>
bool topLevelPageOf(const QByteArray &body, const char *recordsKey, const char *totalKey,
                    Page<T> *page, DecodeError *error)
{
    JsonStream s(body);
    pageFields(s, recordsKey, totalKey, page);
    s.expectEnd();
    return result(s, body, error);
}

// A whole document that is one T.
template <typename T>
bool documentOf(const QByteArray &body, T *out, DecodeError *error)
{
    JsonStream s(body);
    T::decode(s, out);
    s.expectEnd();
    return result(s, body, error);
}

} // namespace dataarts::envelope
