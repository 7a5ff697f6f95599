#include "core/common/Phase.h"

#include <array>

namespace lifeboat {

namespace {
constexpr std::array<std::pair<Phase, const char *>, 9> Names{{
    {Phase::Starting, "starting"},
    {Phase::Connecting, "connecting"},
    {Phase::Listing, "listing"},
    {Phase::Copying, "copying"},
    {Phase::Finishing, "finishing"},
    {Phase::Restoring, "restoring"},
    {Phase::Indexing, "indexing"},
    {Phase::Verifying, "verifying"},
    {Phase::Done, "done"},
}};
} // namespace

QString toString(Phase phase)
{
    for (const auto &[p, name] : Names) {
        if (p == phase)
            return QLatin1String(name);
    }
    return {};
}

std::optional<Phase> phaseFromString(QStringView name)
{
    for (const auto &[p, text] : Names) {
        if (name == QLatin1String(text))
            return p;
    }
    return std::nullopt;
}

} // namespace lifeboat
