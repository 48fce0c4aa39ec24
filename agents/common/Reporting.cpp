#include "Reporting.hpp"

#include "RedisLink.hpp"

namespace swarmlab::agents {

namespace {
void addField(std::vector<std::string>& args, std::string_view name, std::string value) {
  args.emplace_back(name);
  args.push_back(std::move(value));
}

// XADD <stream> MAXLEN ~ <cap> * kind <k> instance <i> node <n>
std::vector<std::string> xaddHead(const std::string& stream, long cap, const AgentIdentity& who) {
  std::vector<std::string> a{"XADD", stream, "MAXLEN", "~", std::to_string(cap), "*"};
  addField(a, wire::field::kKind, std::string(who.kind));
  addField(a, wire::field::kInstance, who.instance);
  addField(a, wire::field::kNode, who.node);
  return a;
}
}  // namespace

MetricsReporter::MetricsReporter(wire::Keys keys, AgentIdentity who, bool subscriber)
    : keys_(std::move(keys)), who_(std::move(who)), subscriber_(subscriber) {}

MetricsEntry& MetricsReporter::at(std::int64_t labUs) {
  const std::int64_t s = labSecond(labUs);
  if (!open_) {
    open_ = true;
    cur_ = MetricsEntry{};
    cur_.second = s;
  } else if (s > cur_.second) {
    const std::int64_t from = cur_.second;
    close();
    // seconds in which nothing happened still get an entry (count 0), within reason
    for (std::int64_t g = std::max(from + 1, s - kMaxGapFill); g < s; ++g) {
      MetricsEntry e;
      e.second = g;
      e.hasLag = subscriber_;
      push(e);
    }
    open_ = true;
    cur_ = MetricsEntry{};
    cur_.second = s;
  }
  return cur_;
}

void MetricsReporter::close() {
  if (!open_) return;
  cur_.hasLag = subscriber_;
  if (subscriber_) {
    cur_.lagP50 = hist_.percentile(0.50);
    cur_.lagP99 = hist_.percentile(0.99);
    cur_.lagMax = hist_.max();
    hist_.reset();
  }
  push(cur_);
  open_ = false;
}

void MetricsReporter::closeOpen() { close(); }

void MetricsReporter::push(MetricsEntry e) {
  if (pending_.size() >= kMaxPending) {
    pending_.pop_front();
    ++dropped_;
  }
  pending_.push_back(e);
}

std::vector<std::string> MetricsReporter::xaddArgs(const MetricsEntry& e) const {
  std::vector<std::string> a = xaddHead(keys_.metricsStream(), wire::kMetricsMaxLen, who_);
  auto field = [&a](std::string_view k, std::string v) { addField(a, k, std::move(v)); };
  field(wire::field::kT, std::to_string(e.second));
  field(wire::field::kCount, std::to_string(e.count));
  if (!e.hasLag) {
    field(wire::field::kFailed, std::to_string(e.failed));
  } else {
    field(wire::field::kLagP50, std::to_string(e.lagP50));
    field(wire::field::kLagP99, std::to_string(e.lagP99));
    field(wire::field::kLagMax, std::to_string(e.lagMax));
    field(wire::field::kLost, std::to_string(e.lost));
  }
  return a;
}

std::size_t MetricsReporter::appendPending(redis::RedisLink& link, std::size_t max) {
  std::size_t n = 0;
  for (const auto& e : pending_) {
    if (n == max || !link.append(xaddArgs(e))) break;
    ++n;
  }
  return n;
}

void MetricsReporter::confirm(std::size_t n) {
  while (n-- > 0 && !pending_.empty()) pending_.pop_front();
}

EventLog::EventLog(wire::Keys keys, AgentIdentity who)
    : keys_(std::move(keys)), who_(std::move(who)) {}

void EventLog::post(wire::Event e, std::int64_t labUs, std::string detail,
                    std::optional<std::int64_t> lastUpdateUs) {
  if (pending_.size() >= kMaxPending) pending_.pop_front();
  pending_.push_back(Entry{e, labUs, std::move(detail), lastUpdateUs});
}

std::vector<std::string> EventLog::xaddArgs(std::size_t i) const {
  const Entry& e = pending_[i];
  std::vector<std::string> a = xaddHead(keys_.eventsStream(), wire::kEventsMaxLen, who_);
  auto field = [&a](std::string_view k, std::string v) { addField(a, k, std::move(v)); };
  field(wire::field::kEvent, std::string(wire::toString(e.event)));
  field(wire::field::kTUs, std::to_string(e.t_us));
  if (!e.detail.empty()) field(wire::field::kDetail, e.detail);
  if (e.lastUpdateUs) field(wire::field::kLastUpdateUs, std::to_string(*e.lastUpdateUs));
  return a;
}

std::size_t EventLog::appendPending(redis::RedisLink& link, std::size_t max) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < pending_.size() && n < max; ++i) {
    if (!link.append(xaddArgs(i))) break;
    ++n;
  }
  return n;
}

void EventLog::confirm(std::size_t n) {
  while (n-- > 0 && !pending_.empty()) pending_.pop_front();
}

bool flushReports(redis::RedisLink& link, MetricsReporter* metrics, EventLog* events) {
  if (!link.connected()) return false;
  std::size_t m = metrics ? metrics->appendPending(link) : 0;
  std::size_t e = events ? events->appendPending(link) : 0;
  for (std::size_t i = 0; i < m + e; ++i) {
    if (!link.getReply()) return false;  // replies of a failed round trip: resend later
  }
  if (metrics) metrics->confirm(m);
  if (events) events->confirm(e);
  return true;
}

}  // namespace swarmlab::agents
