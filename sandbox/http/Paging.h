#pragma once

#include "core/Text.h"

#include <optional>

namespace dataarts::sandbox {

struct SandboxRequest;

// limit / offset as the specs define them: limit 1..100 (the default depends on the
// endpoint), offset 0 or a multiple of limit, otherwise rounded down to one.
struct Page {
    int limit = 0;
    int offset = 0;

    // Paging a list of `total` items: [begin, end).
    int begin(int total) const { return qMin(offset, total); }
    int end(int total) const { return qMin(offset + limit, total); }
};

std::optional<Page> parsePage(const SandboxRequest &request, int defaultLimit, Text *error);

} // namespace dataarts::sandbox
