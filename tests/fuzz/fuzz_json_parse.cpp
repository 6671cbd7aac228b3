// The JSON layer under every decoder: JsonStream's syntax check against Qt's parser. Every
// document Qt refuses must be refused (ours is stricter still: Qt lets invalid escapes,
// raw control characters and lone surrogates through). Cut-short documents are reported as
// Truncated, and only at the end of the input.
#include "FuzzSupport.h"

#include "dto/Envelopes.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    dataarts::DecodeError error;
    const bool ok = dataarts::envelope::validate(input, &error);
    fuzz::checkConsistent(ok, error);
    QJsonParseError qtError{};
    QJsonDocument::fromJson(input, &qtError);
    const bool qtOk = qtError.error == QJsonParseError::NoError;
    if (ok && !qtOk)
        std::abort(); // laxer than Qt
    if (error.problem == dataarts::DecodeError::Problem::Truncated &&
        error.offset < qsizetype(size))
        std::abort(); // "cut short" only at the end
    if (error.problem == dataarts::DecodeError::Problem::Shape)
        std::abort(); // validation knows no shapes
    return 0;
}
