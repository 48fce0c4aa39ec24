#include "RedisServer.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <thread>

namespace swarmlab::test {

namespace {
using Clock = std::chrono::steady_clock;

int connectLoopback(int port, int timeoutMs) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (fd < 0) return -1;
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<std::uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    if (errno != EINPROGRESS) {
      ::close(fd);
      return -1;
    }
    pollfd p{fd, POLLOUT, 0};
    int soerr = 0;
    socklen_t len = sizeof soerr;
    if (::poll(&p, 1, timeoutMs) != 1 ||
        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &soerr, &len) != 0 || soerr != 0) {
      ::close(fd);
      return -1;
    }
  }
  return fd;
}

// Reads until the reply looks complete (a line for +-:, everything available shortly after
// for bulk/array replies) or the deadline passes.
std::string readReply(int fd, int timeoutMs) {
  std::string out;
  auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
  char buf[4096];
  while (Clock::now() < deadline) {
    int left = static_cast<int>(
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count());
    // once something arrived, wait only briefly for the rest of a multi-part reply
    pollfd p{fd, POLLIN, 0};
    int r = ::poll(&p, 1, out.empty() ? std::max(left, 1) : 50);
    if (r <= 0) break;
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n <= 0) break;
    out.append(buf, static_cast<std::size_t>(n));
    if (!out.empty() && (out[0] == '+' || out[0] == '-' || out[0] == ':') &&
        out.find("\r\n") != std::string::npos) {
      break;
    }
  }
  return out;
}
}  // namespace

int freeLoopbackPort() {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return 0;
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  a.sin_port = 0;
  int port = 0;
  socklen_t len = sizeof a;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0) {
    port = ntohs(a.sin_port);
  }
  ::close(fd);
  return port;
}

RedisServer::RedisServer(std::vector<std::string> extraArgs) : extraArgs_(std::move(extraArgs)) {
  std::string tmpl = (std::filesystem::temp_directory_path() / "swarmlab-redis-XXXXXX").string();
  if (::mkdtemp(tmpl.data()) == nullptr) {
    error_ = "RedisServer: cannot create a temp dir: " + std::string(std::strerror(errno));
    return;
  }
  dir_ = tmpl;
  // A port picked as free can be taken by someone else before redis binds it: retry.
  for (int attempt = 0; attempt < 5; ++attempt) {
    port_ = freeLoopbackPort();
    if (port_ == 0) continue;
    if (start(10000) || error_.find("in use") == std::string::npos) break;
  }
}

RedisServer::~RedisServer() {
  stop();
  if (!dir_.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
}

std::string RedisServer::url() const { return "redis://127.0.0.1:" + std::to_string(port_); }

std::string RedisServer::unixUrl() const { return "unix://" + unixSocketPath(); }

bool RedisServer::spawn() {
  std::vector<std::string> args{"redis-server",
                                "--port",
                                std::to_string(port_),
                                "--bind",
                                "127.0.0.1",
                                "--save",
                                "",
                                "--appendonly",
                                "no",
                                "--dir",
                                dir_,
                                "--unixsocket",
                                unixSocketPath(),
                                "--unixsocketperm",
                                "700",
                                "--logfile",
                                dir_ + "/redis.log",
                                "--daemonize",
                                "no"};
  args.insert(args.end(), extraArgs_.begin(), extraArgs_.end());
  std::vector<char*> argv;
  for (auto& s : args) argv.push_back(s.data());
  argv.push_back(nullptr);

  pid_t parent = ::getpid();
  pid_t pid = ::fork();
  if (pid < 0) {
    error_ = "RedisServer: fork failed: " + std::string(std::strerror(errno));
    return false;
  }
  if (pid == 0) {
    // Die with the test process even if it crashes before the destructor runs.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(127);
    int devnull = ::open("/dev/null", O_RDONLY);
    if (devnull >= 0) ::dup2(devnull, 0);
    // config errors go to stderr before the log file is opened: keep them for error()
    int out = ::open((dir_ + "/redis.out").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (out >= 0) {
      ::dup2(out, 1);
      ::dup2(out, 2);
    }
    ::execvp(argv[0], argv.data());
    ::_exit(127);
  }
  pid_ = pid;
  return true;
}

bool RedisServer::waitReady(int timeoutMs) {
  auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
  while (Clock::now() < deadline) {
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      error_ = "RedisServer: redis-server on port " + std::to_string(port_) +
               " exited at start: " + logTail();
      return false;
    }
    int fd = connectLoopback(port_, 200);
    if (fd >= 0) {
      static const char kPing[] = "PING\r\n";
      std::string reply;
      if (::write(fd, kPing, sizeof kPing - 1) == static_cast<ssize_t>(sizeof kPing - 1)) {
        reply = readReply(fd, 500);
      }
      ::close(fd);
      // -NOAUTH: a server started with --requirepass is up as well
      if (reply.rfind("+PONG", 0) == 0 || reply.rfind("-NOAUTH", 0) == 0) return true;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  error_ = "RedisServer: redis-server on port " + std::to_string(port_) +
           " did not answer PING within " + std::to_string(timeoutMs) + " ms: " + logTail();
  kill();
  return false;
}

bool RedisServer::start(int timeoutMs) {
  error_.clear();
  if (!spawn()) return false;
  return waitReady(timeoutMs);
}

bool RedisServer::restart(int timeoutMs) {
  if (ok()) stop();
  if (port_ == 0) return false;
  // The old listening socket may linger for a moment after a kill: retry briefly.
  auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
  while (true) {
    if (start(timeoutMs)) return true;
    if (Clock::now() >= deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

void RedisServer::kill() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGKILL);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
}

void RedisServer::stop() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGTERM);
  auto deadline = Clock::now() + std::chrono::seconds(5);
  int status = 0;
  while (Clock::now() < deadline) {
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  kill();
}

std::string RedisServer::rawCommand(const std::string& inlineCommand, int timeoutMs) const {
  if (pid_ <= 0) return {};
  int fd = connectLoopback(port_, timeoutMs);
  if (fd < 0) return {};
  std::string cmd = inlineCommand + "\r\n";
  std::string reply;
  if (::write(fd, cmd.data(), cmd.size()) == static_cast<ssize_t>(cmd.size())) {
    reply = readReply(fd, timeoutMs);
  }
  ::close(fd);
  return reply;
}

std::string RedisServer::logTail() const {
  std::string last;
  for (const char* name : {"/redis.out", "/redis.log"}) {
    std::ifstream in(dir_ + name);
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.find_first_not_of("* ") != std::string::npos) last = line;
    }
  }
  return last.empty() ? std::string("(no output; is redis-server installed and on PATH?)") : last;
}

}  // namespace swarmlab::test
