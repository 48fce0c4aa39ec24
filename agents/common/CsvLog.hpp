// The agents' optional --log FILE: one CSV line per message, like the 2017 publisher's file.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace swarmlab::agents {

/// A CSV file written through its own 64 KiB buffer (one write() when it is full or flushed);
/// rows are formatted without allocating. A write error is remembered with the file named:
/// a full disk ends the agent instead of silently losing the log.
class CsvLog {
 public:
  CsvLog() = default;
  ~CsvLog();
  CsvLog(const CsvLog&) = delete;
  CsvLog& operator=(const CsvLog&) = delete;

  /// Creates path (truncated) and buffers the header line. False with error() set
  /// ("--log <path>: cannot open for writing: <reason>").
  bool open(const std::string& path, const char* header);
  bool enabled() const { return fd_ >= 0; }
  /// One row of two or three integers.
  void row(std::uint64_t seq, std::int64_t a);
  void row(std::uint64_t seq, std::int64_t a, std::int64_t b);
  /// Writes the buffer out; false (error() set) once any write has failed.
  bool flush();
  /// Flushes and closes; false (error() set) if anything could not be written.
  bool close();
  /// "--log <path>: cannot write: <reason>", naming the file.
  const std::string& error() const { return error_; }

 private:
  void reserve(std::size_t n);
  bool failed(const char* what, int err);

  int fd_ = -1;
  std::vector<char> buf_;
  std::size_t used_ = 0;
  std::string path_;
  std::string error_;
};

}  // namespace swarmlab::agents
