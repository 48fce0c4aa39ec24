#include "ClockCommand.hpp"

#include <charconv>
#include <cstring>

namespace swarmlab::agents {

namespace {
constexpr std::size_t kLengthDigits = 24;

// "*3\r\n$<n>\r\n<cmd>\r\n$<n>\r\n<key>\r\n$": all of a 3-argument command but the last one.
std::string head(std::string_view cmd, std::string_view key) {
  return "*3\r\n$" + std::to_string(cmd.size()) + "\r\n" + std::string(cmd) + "\r\n$" +
         std::to_string(key.size()) + "\r\n" + std::string(key) + "\r\n$";
}
}  // namespace

ClockCommand::ClockCommand(std::string_view lastKey, std::string_view channel)
    : setHead_(head("SET", lastKey)),
      publishHead_(head("PUBLISH", channel)),
      buf_(setHead_.size() + publishHead_.size() + 2 * (kMaxMessage + kLengthDigits + 4)) {}

std::string_view ClockCommand::encode(std::uint64_t seq, std::int64_t t_us) {
  char* m = std::to_chars(msg_, msg_ + kMaxMessage, seq).ptr;
  *m++ = ' ';
  m = std::to_chars(m, msg_ + kMaxMessage, t_us).ptr;
  msgLen_ = static_cast<std::size_t>(m - msg_);

  char len[kLengthDigits];
  const auto lenLen =
      static_cast<std::size_t>(std::to_chars(len, len + kLengthDigits, msgLen_).ptr - len);
  char* p = buf_.data();
  auto put = [&p](const char* s, std::size_t n) {
    std::memcpy(p, s, n);
    p += n;
  };
  for (const std::string* h : {&setHead_, &publishHead_}) {
    put(h->data(), h->size());
    put(len, lenLen);
    put("\r\n", 2);
    put(msg_, msgLen_);
    put("\r\n", 2);
  }
  return {buf_.data(), static_cast<std::size_t>(p - buf_.data())};
}

}  // namespace swarmlab::agents
