// The agents' optional --log FILE: one CSV line per message, like the 2017 publisher's file.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace swarmlab::agents {

/// A buffered CSV file whose write errors are noticed (a full disk ends the agent, it does not
/// silently lose the log). Rows are formatted without allocating.
class CsvLog {
 public:
  CsvLog() = default;
  ~CsvLog();
  CsvLog(const CsvLog&) = delete;
  CsvLog& operator=(const CsvLog&) = delete;

  /// Opens path for writing (64 KiB buffer) and writes the header line. False with error() set
  /// ("--log <path>: cannot open for writing: <reason>").
  bool open(const std::string& path, const char* header);
  bool enabled() const { return file_ != nullptr; }
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
  void put(const char* line, std::size_t n);
  bool failed(const char* what, int err);

  std::FILE* file_ = nullptr;
  std::string path_;
  std::string error_;
  int writeErrno_ = 0;
};

}  // namespace swarmlab::agents
