// swarmlab-displayd's server: one thread, one poll() loop over the listening socket and the
// clients (SocketDisplay in the subscribers). The owner's frames go to the multiplexer with one
// atomic store; bad requests are answered with ERR and counted; the owner is the latest
// subscriber still sending (Ownership), and with nobody sending for blankAfterMs the display
// is blanked. Replies never block the loop: a client that does not read loses them.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "DisplayProtocol.hpp"
#include "ListenSocket.hpp"
#include "Multiplexer.hpp"
#include "Ownership.hpp"

namespace swarmlab::displayd {

namespace protocol = display::protocol;

/// How the server behaves.
struct ServerOptions {
  ListenOptions listen;
  std::int64_t blankAfterMs = 2000;
  std::size_t maxClients = 32;
};

/// What the server drives.
struct ServerBackend {
  display::Multiplexer* mux = nullptr;
  std::string name;  ///< "gpio" or "fake", as STATUS reports it
  /// What the lines show, decoded (fake backend); empty function: not available.
  std::function<std::optional<display::Frame>()> readLines;
  /// Called about every 100 ms on the server thread (the fake read-back empties its log).
  std::function<void()> tick;
};

/// The socket server; everything runs on the thread that calls run().
class DisplayServer {
 public:
  using Logger = std::function<void(const std::string&)>;
  /// Called on the server thread right after a frame went to the multiplexer (benchmarks).
  using AppliedHook = std::function<void(const protocol::FrameRequest&)>;

  DisplayServer(ServerOptions options, ServerBackend backend, Logger log);
  ~DisplayServer();
  DisplayServer(const DisplayServer&) = delete;
  DisplayServer& operator=(const DisplayServer&) = delete;

  /// Opens the socket. False and *error (one line) on failure.
  bool listen(std::string* error);
  /// Serves until `stopFd` (a signalfd or eventfd) becomes readable; then closes every client.
  void run(int stopFd);
  /// The state STATUS reports (server thread only).
  protocol::Status status();
  void setAppliedHook(AppliedHook hook) { applied_ = std::move(hook); }

 private:
  struct Client {
    int fd = -1;
    std::uint64_t id = 0;
    long pid = 0;
    long uid = -1;
    bool hello = false;
    bool closing = false;
    std::string instance;
    std::int64_t sinceNs = 0;
    std::uint64_t frames = 0;
    protocol::FrameRequest last;
    std::int64_t lastNs = 0;  ///< arrival of `last`, 0 = none yet
  };

  void acceptClients();
  void serve(Client& c, std::int64_t now);
  void handle(Client& c, std::string_view message, std::int64_t now);
  void handleFrame(Client& c, const protocol::FrameRequest& f, std::int64_t now);
  void reject(Client& c, const std::string& error, std::int64_t now);
  void reply(Client& c, const std::string& text);
  void dropClosed();
  void expireSilent(std::int64_t now);
  void ownerChanged();
  void apply(const protocol::FrameRequest& f, std::int64_t arrivedNs);
  void blank();
  int pollTimeoutMs(std::int64_t now) const;
  std::string describe(const Client& c) const;
  Client* findClient(std::uint64_t id);

  ServerOptions options_;
  ServerBackend backend_;
  Logger log_;
  AppliedHook applied_;
  ListenSocket socket_;
  std::vector<Client> clients_;
  Ownership ownership_;
  std::string ownerShown_;  // the owner last announced
  std::uint64_t nextClientId_ = 1;
  std::int64_t blankAfterNs_;
  std::int64_t nextTickNs_ = 0;
  // what is shown
  bool blanked_ = true;
  protocol::FrameRequest shown_;
  std::int64_t shownNs_ = 0;
  // counters
  std::uint64_t frames_ = 0, rejected_ = 0, notOwner_ = 0, repliesDropped_ = 0;
  std::int64_t lastRejectLogNs_ = 0;
  std::uint64_t rejectsNotLogged_ = 0;
};

}  // namespace swarmlab::displayd
