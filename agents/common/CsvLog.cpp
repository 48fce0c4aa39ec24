#include "CsvLog.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>

namespace swarmlab::agents {

namespace {
constexpr std::size_t kBuffer = 1 << 16;
constexpr std::size_t kLine = 72;  // three 20-digit numbers, two commas, a newline

// v and the character after it; the room for that character is kept out of to_chars's reach.
template <class T>
char* putNumber(char* p, char* end, T v, char after) {
  char* q = std::to_chars(p, end - 1, v).ptr;
  *q = after;
  return q + 1;
}
}  // namespace

CsvLog::~CsvLog() {
  if (fd_ >= 0) close();
}

bool CsvLog::failed(const char* what, int err) {
  if (error_.empty()) error_ = "--log " + path_ + ": " + what + ": " + std::strerror(err);
  return false;
}

bool CsvLog::open(const std::string& path, const char* header) {
  path_ = path;
  fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd_ < 0) return failed("cannot open for writing", errno);
  buf_.resize(kBuffer);
  const std::size_t n = std::strlen(header);
  std::memcpy(buf_.data(), header, n);
  used_ = n;
  return true;
}

void CsvLog::reserve(std::size_t n) {
  if (buf_.size() - used_ < n) flush();
}

void CsvLog::row(std::uint64_t seq, std::int64_t a) {
  if (fd_ < 0) return;
  reserve(kLine);
  char* p = buf_.data() + used_;
  char* end = p + kLine;
  p = putNumber(p, end, seq, ',');
  p = putNumber(p, end, a, '\n');
  used_ = static_cast<std::size_t>(p - buf_.data());
}

void CsvLog::row(std::uint64_t seq, std::int64_t a, std::int64_t b) {
  if (fd_ < 0) return;
  reserve(kLine);
  char* p = buf_.data() + used_;
  char* end = p + kLine;
  p = putNumber(p, end, seq, ',');
  p = putNumber(p, end, a, ',');
  p = putNumber(p, end, b, '\n');
  used_ = static_cast<std::size_t>(p - buf_.data());
}

bool CsvLog::flush() {
  if (fd_ < 0) return error_.empty();
  std::size_t done = 0;
  while (done < used_ && error_.empty()) {
    const ssize_t n = ::write(fd_, buf_.data() + done, used_ - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      failed("cannot write", n < 0 ? errno : EIO);
      break;
    }
    done += static_cast<std::size_t>(n);
  }
  used_ = 0;  // after an error the rows are dropped: the run is ending
  return error_.empty();
}

bool CsvLog::close() {
  if (fd_ < 0) return error_.empty();
  bool ok = flush();
  if (::close(fd_) != 0 && ok) ok = failed("cannot write", errno);
  fd_ = -1;
  return ok;
}

}  // namespace swarmlab::agents
