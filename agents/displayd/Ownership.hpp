// Who owns the display when several subscribers on one node send frames: the latest one that
// is still sending. A client is a candidate while it sent a frame within the blank timeout (a
// subscriber still waiting for Redis does not blank a running one; one that went silent hands
// the display back); the candidate with the latest HELLO since_ns owns, ties going to the later
// claim. since_ns is the client's CLOCK_MONOTONIC when it opened its display, so the order
// survives a daemon restart (clients reconnect in any order). Pure bookkeeping, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace swarmlab::displayd {

/// The candidates and the owner among them.
class Ownership {
 public:
  /// Client `client` sent a frame: it is a candidate from now on (once). True if the owner
  /// changed.
  bool claim(std::uint64_t client, const std::string& instance, std::int64_t sinceNs);
  /// Client `client` left or went silent. True if the owner changed.
  bool release(std::uint64_t client);

  bool isCandidate(std::uint64_t client) const;
  std::optional<std::uint64_t> ownerClient() const;
  /// The owner's instance name, empty if nobody owns the display.
  std::string ownerInstance() const;
  bool isOwner(std::uint64_t client) const { return ownerClient() == client; }
  std::size_t candidates() const { return claims_.size(); }

 private:
  struct Claim {
    std::uint64_t client = 0;
    std::string instance;
    std::int64_t sinceNs = 0;
    std::uint64_t order = 0;
  };
  const Claim* owner() const;

  std::vector<Claim> claims_;
  std::uint64_t nextOrder_ = 0;
};

}  // namespace swarmlab::displayd
