// wire.hpp's names (agent kinds, events) as Qt strings, so that app/ compares against the one
// source of the wire format instead of literals. wire.hpp itself stays free of Qt.
#pragma once

#include <QLatin1String>

#include <string_view>

#include "wire.hpp"

namespace swarmlab::wirenames {

constexpr QLatin1String latin1(std::string_view s) {
  return QLatin1String(s.data(), qsizetype(s.size()));
}

inline constexpr QLatin1String kPublisher = latin1(wire::kKindPublisher);
inline constexpr QLatin1String kSubscriber = latin1(wire::kKindSubscriber);

inline constexpr QLatin1String kStarted = latin1(wire::toString(wire::Event::Started));
inline constexpr QLatin1String kFirstMessage = latin1(wire::toString(wire::Event::FirstMessage));
inline constexpr QLatin1String kRedisLost = latin1(wire::toString(wire::Event::RedisLost));
inline constexpr QLatin1String kRedisBack = latin1(wire::toString(wire::Event::RedisBack));
inline constexpr QLatin1String kResumed = latin1(wire::toString(wire::Event::Resumed));
inline constexpr QLatin1String kStopping = latin1(wire::toString(wire::Event::Stopping));
inline constexpr QLatin1String kStopped = latin1(wire::toString(wire::Event::Stopped));

/// An agent kind (publisher, subscriber): its instances send first_message events.
inline bool isAgentKind(const QString& kind) { return kind == kPublisher || kind == kSubscriber; }

}  // namespace swarmlab::wirenames
