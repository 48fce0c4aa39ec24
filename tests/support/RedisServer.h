// A private redis-server for one test: started on a free loopback port in a temp dir, no
// persistence, killed/restarted on demand, stopped by the destructor. Plain C++ (no Qt, no
// hiredis) so that every test area can use it. Each test owns its server.
#pragma once

#include <sys/types.h>
#include <string>
#include <vector>

namespace swarmlab::test {

/// One redis-server child process on 127.0.0.1:<free port> (plus a unix socket in its dir).
class RedisServer {
 public:
  /// Starts the server at once (extraArgs are appended to the command line, e.g.
  /// {"--requirepass", "secret"}). Check ok() / error() afterwards.
  explicit RedisServer(std::vector<std::string> extraArgs = {});
  ~RedisServer();
  RedisServer(const RedisServer&) = delete;
  RedisServer& operator=(const RedisServer&) = delete;

  /// True while the server process is running and answered PING.
  bool ok() const { return pid_ > 0; }
  /// Why the last start/restart failed (one line, includes the tail of the server log).
  const std::string& error() const { return error_; }

  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  std::string host() const { return "127.0.0.1"; }
  /// redis://127.0.0.1:<port>
  std::string url() const;
  /// unix:///<dir>/redis.sock
  std::string unixUrl() const;
  std::string unixSocketPath() const { return dir_ + "/redis.sock"; }
  /// The server's working directory (log file: dir()/redis.log).
  const std::string& dir() const { return dir_; }

  /// SIGKILL the server and reap it (simulates a crash). No-op when not running.
  void kill();
  /// SIGTERM, wait up to 5 s, then SIGKILL.
  void stop();
  /// Starts the server again on the same port; waits for PING (timeoutMs). Returns ok().
  bool restart(int timeoutMs = 10000);

  /// Sends one inline command (e.g. "XLEN swarmlab:events") over a fresh TCP connection and
  /// returns the raw RESP reply (first line for simple replies; whole reply otherwise), or
  /// "" if the server did not answer. Enough for tests that don't link hiredis.
  std::string rawCommand(const std::string& inlineCommand, int timeoutMs = 2000) const;

 private:
  bool start(int timeoutMs);
  bool spawn();
  bool waitReady(int timeoutMs);
  std::string logTail() const;

  std::vector<std::string> extraArgs_;
  std::string dir_;
  std::string error_;
  int port_ = 0;
  pid_t pid_ = -1;
};

/// A TCP port on 127.0.0.1 that was free a moment ago.
int freeLoopbackPort();

}  // namespace swarmlab::test
