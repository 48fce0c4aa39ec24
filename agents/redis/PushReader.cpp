#include "PushReader.hpp"

#include <sys/socket.h>

#include <cerrno>
#include <charconv>
#include <cstring>

namespace swarmlab::redis {

namespace {
constexpr std::size_t kMinFree = 4096;  // below this much room at the end, compact first

// The line at p (up to CRLF): its text, and p moved past the CRLF. False if incomplete.
bool readLine(const char*& p, const char* end, std::string_view* text) {
  const std::string_view rest(p, static_cast<std::size_t>(end - p));
  const auto cr = rest.find("\r\n");
  if (cr == std::string_view::npos) return false;
  *text = rest.substr(0, cr);
  p += cr + 2;
  return true;
}

bool toLength(std::string_view s, long long* out) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return !s.empty() && r.ec == std::errc{} && r.ptr == s.data() + s.size();
}
}  // namespace

PushReader::PushReader(std::size_t capacity) : buf_(capacity) {}

void PushReader::reset() {
  begin_ = end_ = 0;
  error_.clear();
}

bool PushReader::fail(std::string why) {
  error_ = "protocol error: " + std::move(why);
  return false;
}

bool PushReader::prime(std::string_view bytes) {
  if (bytes.size() > buf_.size() - end_) return fail("more buffered input than the buffer holds");
  std::memcpy(buf_.data() + end_, bytes.data(), bytes.size());
  end_ += bytes.size();
  return true;
}

PushReader::Read PushReader::receive(int fd) {
  if (begin_ == end_) {
    begin_ = end_ = 0;
  } else if (buf_.size() - end_ < kMinFree) {
    std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buf_.size()) {
    fail("a frame larger than the " + std::to_string(buf_.size()) + "-byte buffer");
    return Read::Failed;
  }
  const ssize_t n = ::recv(fd, buf_.data() + end_, buf_.size() - end_, 0);
  if (n > 0) {
    end_ += static_cast<std::size_t>(n);
    return Read::Data;
  }
  if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) return Read::Timeout;
  error_ = n == 0 ? std::string("connection closed by server") : std::string(std::strerror(errno));
  return n == 0 ? Read::Closed : Read::Failed;
}

// One element of a frame at p: a bulk string, integer, simple string or error.
bool PushReader::parseItem(const char*& p, const char* end, std::size_t i, bool* incomplete) {
  const char* q = p;
  std::string_view line;
  if (q == end || !readLine(++q, end, &line)) return !(*incomplete = true);
  const char type = *p;
  frame_.types[i] = type;
  if (type == ':' || type == '+' || type == '-') {
    frame_.items[i] = line;
  } else if (type == '$') {
    long long len = 0;
    if (!toLength(line, &len) || len < -1) return fail("bad bulk length");
    if (len == -1) {
      frame_.items[i] = {};
    } else {
      if (static_cast<std::size_t>(len) + 2 > static_cast<std::size_t>(end - q)) {
        if (static_cast<std::size_t>(len) > buf_.size() / 2) return fail("a bulk string too large");
        return !(*incomplete = true);
      }
      if (q[len] != '\r' || q[len + 1] != '\n') return fail("bulk string without CRLF");
      frame_.items[i] = std::string_view(q, static_cast<std::size_t>(len));
      q += len + 2;
    }
  } else {
    return fail(std::string("unexpected type byte '") + type + "'");
  }
  p = q;
  return true;
}

const PushReader::Frame* PushReader::next() {
  if (failed() || begin_ == end_) return nullptr;
  const char* p = buf_.data() + begin_;
  const char* end = buf_.data() + end_;
  bool incomplete = false;
  frame_.error = *p == '-';
  if (*p != '*') {
    if (!parseItem(p, end, 0, &incomplete)) return nullptr;
    frame_.count = 1;
  } else {
    std::string_view line;
    const char* q = p + 1;
    if (!readLine(q, end, &line)) return nullptr;
    long long n = 0;
    if (!toLength(line, &n) || n < 0 || n > static_cast<long long>(kMaxItems)) {
      fail("an array of '" + std::string(line) + "' items");
      return nullptr;
    }
    for (std::size_t i = 0; i < static_cast<std::size_t>(n); ++i) {
      if (!parseItem(q, end, i, &incomplete)) return nullptr;
    }
    frame_.count = static_cast<std::size_t>(n);
    p = q;
  }
  begin_ = static_cast<std::size_t>(p - buf_.data());
  return &frame_;
}

}  // namespace swarmlab::redis
