#include "DisplayServer.hpp"

#include <poll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>

namespace swarmlab::displayd {

namespace {

constexpr std::int64_t kNsPerMs = 1'000'000;
constexpr std::int64_t kTickNs = 100 * kNsPerMs;
constexpr std::int64_t kRejectLogEveryNs = 1'000 * kNsPerMs;
constexpr int kMaxMessagesPerWake = 64;  // then the other clients get their turn
constexpr int kSendFlags = MSG_DONTWAIT | MSG_NOSIGNAL;

std::int64_t monotonicNs() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

}  // namespace

DisplayServer::DisplayServer(ServerOptions options, ServerBackend backend, Logger log)
    : options_(std::move(options)),
      backend_(std::move(backend)),
      log_(std::move(log)),
      blankAfterNs_(options_.blankAfterMs * kNsPerMs) {}

DisplayServer::~DisplayServer() {
  for (auto& c : clients_) ::close(c.fd);
}

bool DisplayServer::listen(std::string* error) { return socket_.open(options_.listen, error); }

std::string DisplayServer::describe(const Client& c) const {
  std::string out = "client " + std::to_string(c.id);
  if (c.hello) out += " (" + c.instance + ", pid " + std::to_string(c.pid) + ")";
  return out;
}

DisplayServer::Client* DisplayServer::findClient(std::uint64_t id) {
  for (auto& c : clients_) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

void DisplayServer::run(int stopFd) {
  std::vector<pollfd> fds;
  nextTickNs_ = monotonicNs() + kTickNs;
  while (true) {
    fds.clear();
    fds.push_back({stopFd, POLLIN, 0});
    fds.push_back({socket_.fd(), POLLIN, 0});
    for (const auto& c : clients_) fds.push_back({c.fd, POLLIN, 0});
    const int ready = ::poll(fds.data(), fds.size(), pollTimeoutMs(monotonicNs()));
    if (ready < 0 && errno != EINTR) {
      log_("poll failed: " + std::string(std::strerror(errno)) + "; stopping");
      break;
    }
    if (ready > 0 && fds[0].revents) break;
    std::int64_t now = monotonicNs();
    if (ready > 0) {
      // clients_ grows in acceptClients(): serve the ones polled first, by their index.
      for (std::size_t i = 0; i + 2 < fds.size(); ++i) {
        if (fds[i + 2].revents) serve(clients_[i], now);
      }
      if (fds[1].revents) acceptClients();
      dropClosed();
      now = monotonicNs();
    }
    expireSilent(now);
    if (now >= nextTickNs_) {
      if (backend_.tick) backend_.tick();
      nextTickNs_ = now + kTickNs;
    }
  }
  for (auto& c : clients_) ::close(c.fd);
  clients_.clear();
  socket_.close();
}

int DisplayServer::pollTimeoutMs(std::int64_t now) const {
  std::int64_t deadline = backend_.tick ? nextTickNs_ : std::numeric_limits<std::int64_t>::max();
  for (const auto& c : clients_) {
    if (ownership_.isCandidate(c.id)) deadline = std::min(deadline, c.lastNs + blankAfterNs_);
  }
  if (!blanked_ && !ownership_.ownerClient()) {
    deadline = std::min(deadline, shownNs_ + blankAfterNs_);
  }
  if (deadline == std::numeric_limits<std::int64_t>::max()) return -1;
  if (deadline <= now) return 0;
  return static_cast<int>((deadline - now + kNsPerMs - 1) / kNsPerMs);
}

void DisplayServer::acceptClients() {
  while (true) {
    const int fd = ::accept4(socket_.fd(), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0) {
      if (errno == EINTR || errno == ECONNABORTED) continue;
      if (errno != EAGAIN && errno != EWOULDBLOCK) {
        log_("accept failed: " + std::string(std::strerror(errno)));
      }
      return;
    }
    Client c;
    c.fd = fd;
    c.id = nextClientId_++;
    ucred cred{};
    socklen_t len = sizeof cred;
    if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) == 0) {
      c.pid = cred.pid;
      c.uid = static_cast<long>(cred.uid);
    }
    if (clients_.size() >= options_.maxClients) {
      reply(c, protocol::formatError("too many clients: this daemon serves at most " +
                                     std::to_string(options_.maxClients)));
      log_("refused client " + std::to_string(c.id) + " (pid " + std::to_string(c.pid) +
           "): already " + std::to_string(clients_.size()) + " clients");
      ::close(fd);
      continue;
    }
    clients_.push_back(std::move(c));  // logged at its HELLO: STATUS queries stay quiet
  }
}

void DisplayServer::serve(Client& c, std::int64_t now) {
  // One byte more than a request may have: MSG_TRUNC then reports the packet's real length.
  char buf[protocol::kMaxRequest + 1];
  for (int i = 0; i < kMaxMessagesPerWake && !c.closing; ++i) {
    const ssize_t n = ::recv(c.fd, buf, sizeof buf, MSG_DONTWAIT | MSG_TRUNC);
    if (n > 0) {
      if (static_cast<std::size_t>(n) > protocol::kMaxRequest) {
        reject(c,
               "message of " + std::to_string(n) + " bytes, expected at most " +
                   std::to_string(protocol::kMaxRequest),
               now);
      } else {
        handle(c, std::string_view(buf, static_cast<std::size_t>(n)), now);
      }
      continue;
    }
    if (n == 0) {
      c.closing = true;
      return;
    }
    if (errno == EINTR) continue;
    if (errno != EAGAIN && errno != EWOULDBLOCK) c.closing = true;
    return;
  }
}

void DisplayServer::handle(Client& c, std::string_view message, std::int64_t now) {
  std::string error;
  auto request = protocol::parseRequest(message, &error);
  if (!request) {
    reject(c, error, now);
    return;
  }
  if (auto* f = std::get_if<protocol::FrameRequest>(&*request)) {
    handleFrame(c, *f, now);
  } else if (auto* h = std::get_if<protocol::Hello>(&*request)) {
    if (c.hello) {
      reject(c, "HELLO: this connection already said HELLO as " + c.instance, now);
      return;
    }
    c.hello = true;
    c.instance = h->instance;
    c.sinceNs = h->sinceNs;
    log_("client " + std::to_string(c.id) + " is " + c.instance + " (pid " + std::to_string(c.pid) +
         ", uid " + std::to_string(c.uid) + ", since " + std::to_string(c.sinceNs) + " ns)");
    reply(c, protocol::formatOwner(ownership_.ownerInstance()));
  } else {
    reply(c, protocol::formatStatus(status()));
  }
}

void DisplayServer::handleFrame(Client& c, const protocol::FrameRequest& f, std::int64_t now) {
  if (!c.hello) {
    reject(c,
           "FRAME before HELLO: expected 'HELLO " + std::to_string(protocol::kVersion) +
               " <instance> <since_ns>' first",
           now);
    return;
  }
  ++frames_;
  ++c.frames;
  c.last = f;
  c.lastNs = now;
  if (ownership_.claim(c.id, c.instance, c.sinceNs)) {
    ownerChanged();  // shows c.last if c is the new owner
  } else if (ownership_.isOwner(c.id)) {
    apply(f, now);
  }
  if (!ownership_.isOwner(c.id)) ++notOwner_;
}

void DisplayServer::reject(Client& c, const std::string& error, std::int64_t now) {
  ++rejected_;
  reply(c, protocol::formatError(error));
  // The first request must be HELLO (or STATUS): a client speaking something else is not ours.
  if (!c.hello) c.closing = true;
  if (now - lastRejectLogNs_ < kRejectLogEveryNs) {
    ++rejectsNotLogged_;
    return;
  }
  std::string line = "rejected from " + describe(c) + ": " + error;
  if (rejectsNotLogged_) {
    line += " (and " + std::to_string(rejectsNotLogged_) + " more since the last report)";
  }
  log_(line);
  lastRejectLogNs_ = now;
  rejectsNotLogged_ = 0;
}

void DisplayServer::reply(Client& c, const std::string& text) {
  if (::send(c.fd, text.data(), text.size(), kSendFlags) >= 0) return;
  if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR || errno == ENOBUFS) {
    ++repliesDropped_;  // the client does not read: its loss, never our wait
  } else {
    c.closing = true;
  }
}

void DisplayServer::dropClosed() {
  bool changed = false;
  for (const auto& c : clients_) {
    if (!c.closing) continue;
    if (c.hello) log_(describe(c) + " disconnected after " + std::to_string(c.frames) + " frames");
    ::close(c.fd);
    changed = ownership_.release(c.id) || changed;
  }
  std::erase_if(clients_, [](const Client& c) { return c.closing; });
  if (changed) ownerChanged();
}

void DisplayServer::expireSilent(std::int64_t now) {
  bool changed = false;
  for (const auto& c : clients_) {
    if (ownership_.isCandidate(c.id) && now - c.lastNs >= blankAfterNs_) {
      log_(describe(c) + " sent no frame for " + std::to_string(options_.blankAfterMs) + " ms");
      changed = ownership_.release(c.id) || changed;
    }
  }
  if (changed) ownerChanged();
  if (!blanked_ && !ownership_.ownerClient() && now - shownNs_ >= blankAfterNs_) blank();
}

void DisplayServer::ownerChanged() {
  const std::string owner = ownership_.ownerInstance();
  // The same name can come back on another connection (a client that reconnected).
  if (owner != ownerShown_) {
    log_("owner: " + (owner.empty() ? std::string("nobody") : owner) + " (was " +
         (ownerShown_.empty() ? std::string("nobody") : ownerShown_) + ")");
    ownerShown_ = owner;
    const std::string notice = protocol::formatOwner(owner);
    for (auto& c : clients_) {
      if (c.hello && !c.closing) reply(c, notice);
    }
  }
  // A candidate's latest frame is younger than the blank timeout: show it at once.
  if (auto id = ownership_.ownerClient()) {
    if (Client* c = findClient(*id); c && c->lastNs) apply(c->last, c->lastNs);
  }
}

void DisplayServer::apply(const protocol::FrameRequest& f, std::int64_t arrivedNs) {
  backend_.mux->setFrame(f.frame);
  blanked_ = false;
  shown_ = f;
  shownNs_ = arrivedNs;
  if (applied_) applied_(f);
}

void DisplayServer::blank() {
  backend_.mux->setFrame(display::Frame{});
  blanked_ = true;
  shown_ = {};
  log_("display blanked: no subscriber sent a frame for " + std::to_string(options_.blankAfterMs) +
       " ms");
}

protocol::Status DisplayServer::status() {
  protocol::Status s;
  s.owner = ownership_.ownerInstance();
  s.digits = backend_.mux->frame();
  if (backend_.readLines) s.lines = backend_.readLines();
  s.seq = shown_.seq;
  s.tUs = shown_.tUs;
  s.ageMs = shownNs_ ? (monotonicNs() - shownNs_) / kNsPerMs : -1;
  s.frames = frames_;
  s.rejected = rejected_;
  s.notOwner = notOwner_;
  s.clients = static_cast<std::uint64_t>(
      std::count_if(clients_.begin(), clients_.end(), [](const Client& c) { return c.hello; }));
  s.blanked = blanked_;
  s.backend = backend_.name;
  s.blankAfterMs = options_.blankAfterMs;
  return s;
}

}  // namespace swarmlab::displayd
