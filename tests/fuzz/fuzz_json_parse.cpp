// The JSON entry point of every decoder: big-integer quoting, then QJsonDocument. Checks
// that quoting never makes a valid document invalid and never changes a document that
// has no big integer.
#include "FuzzSupport.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input = fuzz::bytes(data, size);
    const QByteArray quoted = dataarts::json::quoteBigIntegers(input);
    QJsonParseError plainError{};
    const QJsonDocument plain = QJsonDocument::fromJson(input, &plainError);
    const dataarts::json::ParseResult result = dataarts::json::parse(input);
    if (plainError.error == QJsonParseError::NoError && !result.ok())
        std::abort(); // quoting broke a valid document
    if (quoted == input && result.ok() != (plainError.error == QJsonParseError::NoError))
        std::abort();
    if (result.ok() && quoted.size() < input.size())
        std::abort(); // quoting only ever adds quotes
    return 0;
}
