// The publisher's one message per period: SET <last> <msg> + PUBLISH <channel> <msg>, encoded
// in RESP into a fixed buffer (the constant parts once), without allocating.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace swarmlab::agents {

/// Builds `SET last msg` + `PUBLISH channel msg` for msg = "<seq> <t_us>" (wire::encodeClock).
class ClockCommand {
 public:
  ClockCommand(std::string_view lastKey, std::string_view channel);
  /// Encodes both commands; the view stays valid until the next call.
  std::string_view encode(std::uint64_t seq, std::int64_t t_us);
  /// The message of the last encode().
  std::string_view message() const { return {msg_, msgLen_}; }

 private:
  static constexpr std::size_t kMaxMessage = 48;  // 20 digits, a space, 20 characters
  std::string setHead_, publishHead_;
  std::vector<char> buf_;
  char msg_[kMaxMessage] = {};
  std::size_t msgLen_ = 0;
};

}  // namespace swarmlab::agents
