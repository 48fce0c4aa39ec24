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

MetricsReporter::MetricsReporter(wire::Keys keys, AgentIdentity who, bool subscriber,
                                 std::size_t capacity)
    : ReportQueue(capacity),
      keys_(std::move(keys)),
      who_(std::move(who)),
      subscriber_(subscriber) {}

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
      add(e);
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
  add(cur_);
  open_ = false;
}

void MetricsReporter::closeOpen() { close(); }

// The count of seconds a full queue drops travels with the oldest entry still queued.
void MetricsReporter::add(MetricsEntry e) {
  if (auto old = push(std::move(e))) q_.front().droppedBefore += old->droppedBefore + 1;
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
    field(wire::field::kBad, std::to_string(e.bad));
  }
  if (e.droppedBefore > 0) field(wire::field::kDroppedS, std::to_string(e.droppedBefore));
  return a;
}

SentBatch MetricsReporter::appendPending(redis::RedisLink& link, std::size_t max) const {
  return append(link, max, [this](const MetricsEntry& e) { return xaddArgs(e); });
}

EventLog::EventLog(wire::Keys keys, AgentIdentity who)
    : ReportQueue(kMaxPending), keys_(std::move(keys)), who_(std::move(who)) {}

void EventLog::post(wire::Event e, std::int64_t labUs, std::string detail,
                    std::optional<std::int64_t> lastUpdateUs, std::optional<std::uint64_t> seq) {
  push(EventEntry{0, e, labUs, std::move(detail), lastUpdateUs, seq});
}

std::vector<std::string> EventLog::xaddArgs(const EventEntry& e) const {
  std::vector<std::string> a = xaddHead(keys_.eventsStream(), wire::kEventsMaxLen, who_);
  auto field = [&a](std::string_view k, std::string v) { addField(a, k, std::move(v)); };
  field(wire::field::kEvent, std::string(wire::toString(e.event)));
  field(wire::field::kTUs, std::to_string(e.t_us));
  if (!e.detail.empty()) field(wire::field::kDetail, e.detail);
  if (e.lastUpdateUs) field(wire::field::kLastUpdateUs, std::to_string(*e.lastUpdateUs));
  if (e.seq) field(wire::field::kSeq, std::to_string(*e.seq));
  return a;
}

SentBatch EventLog::appendPending(redis::RedisLink& link, std::size_t max) const {
  return append(link, max, [this](const EventEntry& e) { return xaddArgs(e); });
}

bool flushReports(redis::RedisLink& link, MetricsReporter* metrics, EventLog* events) {
  if (!link.connected()) return false;
  const SentBatch m = metrics ? metrics->appendPending(link) : SentBatch{};
  const SentBatch e = events ? events->appendPending(link) : SentBatch{};
  // replies of a failed round trip: the entries stay and are sent again
  if (!link.skipReplies(m.count + e.count, nullptr)) return false;
  if (metrics) metrics->confirm(m);
  if (events) events->confirm(e);
  return true;
}

}  // namespace swarmlab::agents
