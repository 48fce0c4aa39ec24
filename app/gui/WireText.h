// The wire format's words (agents/common/wire.hpp, the single source) as Qt strings, so that the
// console compares agent kinds and events against the same constants the agents write.
#pragma once

#include <QLatin1String>
#include <QString>

#include <optional>
#include <string_view>

#include "wire.hpp"

namespace swarmlab {

/// A wire constant as a QLatin1String, without a copy.
constexpr QLatin1String wireText(std::string_view s) {
  return QLatin1String(s.data(), qsizetype(s.size()));
}

/// The agent event an events-stream `event` field names; nullopt for anything else.
inline std::optional<wire::Event> wireEvent(const QString& text) {
  return wire::eventFromString(text.toStdString());
}

}  // namespace swarmlab
