// Reading a subscribed connection: RESP frames (pub/sub messages) straight from the socket
// into one fixed buffer, parsed in place. No allocation and no copy per message: hiredis would
// build and free a reply object of four allocations for each.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace swarmlab::redis {

/// Parses the frames a subscribed connection receives: arrays of up to kMaxItems bulk strings,
/// integers or simple strings (`message`, `subscribe` confirmations ...), and top-level simple
/// strings, integers and errors. Not thread-safe.
class PushReader {
 public:
  static constexpr std::size_t kMaxItems = 4;
  static constexpr std::size_t kDefaultCapacity = 64 * 1024;

  /// One frame. Views point into the reader's buffer: valid until the next receive().
  struct Frame {
    std::size_t count = 0;
    std::array<std::string_view, kMaxItems> items{};
    std::array<char, kMaxItems> types{};  ///< '$' bulk string, ':' integer, '+' simple string
    bool error = false;                   ///< a top-level error reply: items[0] is its text
  };
  enum class Read { Data, Timeout, Closed, Failed };

  explicit PushReader(std::size_t capacity = kDefaultCapacity);

  /// Forgets everything buffered (a new connection).
  void reset();
  /// Adds bytes that were read from the stream by someone else (hiredis, before SUBSCRIBE
  /// returned). False if they do not fit.
  bool prime(std::string_view bytes);
  /// One recv() on fd into the buffer: blocks as the socket does (SO_RCVTIMEO) or until a
  /// signal. Invalidates the views of the frames returned so far.
  Read receive(int fd);
  /// The next complete frame, or null when more bytes are needed or the stream is broken
  /// (then failed() is true and error() says why).
  const Frame* next();
  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }

 private:
  bool parseItem(const char*& p, const char* end, std::size_t i, bool* incomplete);
  bool fail(std::string why);

  std::vector<char> buf_;
  std::size_t begin_ = 0, end_ = 0;
  Frame frame_;
  std::string error_;
};

}  // namespace swarmlab::redis
