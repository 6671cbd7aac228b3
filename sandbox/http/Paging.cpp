#include "Paging.h"

#include "HttpTypes.h"

#include <limits>

namespace dataarts::sandbox {

namespace {

bool readInt(const SandboxRequest &request, const QString &key, int *out)
{
    if (!request.hasQuery(key))
        return true;
    bool ok = false;
    const qint64 v = request.query(key).toLongLong(&ok);
    if (!ok || v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
        return false;
    *out = int(v);
    return true;
}

} // namespace

std::optional<Page> parsePage(const SandboxRequest &request, int defaultLimit, Text *error)
{
    Page page{defaultLimit, 0};
    if (!readInt(request, QStringLiteral("limit"), &page.limit) || page.limit < 1 ||
        page.limit > 100) {
        *error = {QStringLiteral("Invalid parameter limit: \"%1\"; it must be an integer from 1 "
                                 "to 100.")
                      .arg(request.query(QStringLiteral("limit"))),
                  QStringLiteral("参数limit取值非法：“%1”，取值范围为1～100的整数。")
                      .arg(request.query(QStringLiteral("limit")))};
        return std::nullopt;
    }
    if (!readInt(request, QStringLiteral("offset"), &page.offset) || page.offset < 0) {
        *error = {QStringLiteral("Invalid parameter offset: \"%1\"; it must be 0 or a positive "
                                 "multiple of limit.")
                      .arg(request.query(QStringLiteral("offset"))),
                  QStringLiteral("参数offset取值非法：“%1”，取值须为0或limit的整数倍。")
                      .arg(request.query(QStringLiteral("offset")))};
        return std::nullopt;
    }
    page.offset -= page.offset % page.limit; // rounded down, as documented
    return page;
}

} // namespace dataarts::sandbox
