#include "Recording.h"

#include "EventLoopWait.h"
#include "WireNames.h"

namespace swarmlab::bench {

Recording::Recording(Orchestrator* orchestrator) : orch_(orchestrator) {}

Recording::~Recording() {
  recorder_.reset();
  telemetry_.reset();
}

bool Recording::start(const QString& redisUrl, bool fromBeginning) {
  TelemetryOptions to;
  to.redisUrl = redisUrl;
  to.fromBeginning = fromBeginning;
  telemetry_ = std::make_unique<Telemetry>(to);
  recorder_ = std::make_unique<Recorder>(orch_, telemetry_.get());
  QObject scope;  // the wait's connection ends with it
  bool conn = false;
  QObject::connect(telemetry_.get(), &Telemetry::connectionChanged, &scope,
                   [&](bool c) { conn = c; });
  QObject::connect(telemetry_.get(), &Telemetry::agentEvent, &sink_, [this](const AgentEvent& e) {
    if (e.event == wirenames::kFirstMessage) firsts_.append({e.instance, e.node});
    if (e.event == wirenames::kStopped) stopped_.insert(e.instance);
  });
  telemetry_->start();
  if (!waitUntil([&] { return conn; }, 10000)) return false;
  recorder_->start(QStringLiteral("faults"));
  return true;
}

std::optional<QString> Recording::waitFirst(const QString& prefix, const QString& node,
                                            const QString& other, int timeoutMs) const {
  std::optional<QString> found;
  waitUntil(
      [&] {
        for (const auto& f : firsts_)
          if (f.instance.startsWith(prefix) && (node.isEmpty() || f.node == node) &&
              f.instance != other) {
            found = f.instance;
            return true;
          }
        return false;
      },
      timeoutMs);
  return found;
}

bool Recording::waitStopped(const QStringList& prefixes, const QSet<QString>& except,
                            int timeoutMs) const {
  return waitUntil(
      [&] {
        for (const auto& f : firsts_)
          for (const auto& p : prefixes)
            if (f.instance.startsWith(p) && !except.contains(f.instance) &&
                !stopped_.contains(f.instance))
              return false;
        return true;
      },
      timeoutMs);
}

const RunData& Recording::finish() {
  QObject scope;
  bool drained = false;
  QObject::connect(telemetry_.get(), &Telemetry::drained, &scope, [&] { drained = true; });
  telemetry_->requestDrain();
  waitUntil([&] { return drained; }, 10000);
  recorder_->stop();
  return recorder_->data();
}

}  // namespace swarmlab::bench
