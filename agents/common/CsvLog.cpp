#include "CsvLog.hpp"

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
  if (file_) std::fclose(file_);
}

bool CsvLog::failed(const char* what, int err) {
  error_ = "--log " + path_ + ": " + what + ": " + std::strerror(err);
  return false;
}

bool CsvLog::open(const std::string& path, const char* header) {
  path_ = path;
  file_ = std::fopen(path.c_str(), "w");
  if (!file_) return failed("cannot open for writing", errno);
  std::setvbuf(file_, nullptr, _IOFBF, kBuffer);
  std::fputs(header, file_);
  return true;
}

void CsvLog::put(const char* line, std::size_t n) {
  if (std::fwrite(line, 1, n, file_) != n && writeErrno_ == 0) writeErrno_ = errno ? errno : EIO;
}

void CsvLog::row(std::uint64_t seq, std::int64_t a) {
  if (!file_) return;
  char buf[kLine];
  char* p = putNumber(buf, buf + kLine, seq, ',');
  p = putNumber(p, buf + kLine, a, '\n');
  put(buf, static_cast<std::size_t>(p - buf));
}

void CsvLog::row(std::uint64_t seq, std::int64_t a, std::int64_t b) {
  if (!file_) return;
  char buf[kLine];
  char* p = putNumber(buf, buf + kLine, seq, ',');
  p = putNumber(p, buf + kLine, a, ',');
  p = putNumber(p, buf + kLine, b, '\n');
  put(buf, static_cast<std::size_t>(p - buf));
}

bool CsvLog::flush() {
  if (!file_) return true;
  if (!error_.empty()) return false;
  if (std::fflush(file_) != 0 && writeErrno_ == 0) writeErrno_ = errno ? errno : EIO;
  if (writeErrno_ != 0 || std::ferror(file_))
    return failed("cannot write", writeErrno_ ? writeErrno_ : EIO);
  return true;
}

bool CsvLog::close() {
  if (!file_) return error_.empty();
  bool ok = flush();
  if (std::fclose(file_) != 0 && ok) ok = failed("cannot write", errno);
  file_ = nullptr;
  return ok;
}

}  // namespace swarmlab::agents
