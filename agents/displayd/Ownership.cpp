#include "Ownership.hpp"

#include <algorithm>

namespace swarmlab::displayd {

const Ownership::Claim* Ownership::owner() const {
  const Claim* best = nullptr;
  for (const auto& c : claims_) {
    if (!best || c.sinceNs > best->sinceNs ||
        (c.sinceNs == best->sinceNs && c.order > best->order)) {
      best = &c;
    }
  }
  return best;
}

bool Ownership::isCandidate(std::uint64_t client) const {
  return std::any_of(claims_.begin(), claims_.end(),
                     [client](const Claim& c) { return c.client == client; });
}

std::optional<std::uint64_t> Ownership::ownerClient() const {
  const Claim* o = owner();
  return o ? std::optional<std::uint64_t>(o->client) : std::nullopt;
}

std::string Ownership::ownerInstance() const {
  const Claim* o = owner();
  return o ? o->instance : std::string();
}

bool Ownership::claim(std::uint64_t client, const std::string& instance, std::int64_t sinceNs) {
  if (isCandidate(client)) return false;
  const auto before = ownerClient();
  claims_.push_back({client, instance, sinceNs, nextOrder_++});
  return ownerClient() != before;
}

bool Ownership::release(std::uint64_t client) {
  const auto before = ownerClient();
  std::erase_if(claims_, [client](const Claim& c) { return c.client == client; });
  return ownerClient() != before;
}

}  // namespace swarmlab::displayd
