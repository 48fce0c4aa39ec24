#include "Recorder.h"

#include "Telemetry.h"
#include "WireNames.h"

namespace swarmlab {

namespace {
const QString kNotLive = QStringLiteral("\n");

/// Publishers are summed under "", subscribers shown per node (instance without a node).
QString liveKey(const MetricSample& m) {
  if (m.kind == wirenames::kPublisher) return QString();
  if (m.kind == wirenames::kSubscriber) return m.node.isEmpty() ? m.instance : m.node;
  return kNotLive;
}
}  // namespace

Recorder::Recorder(Orchestrator* orchestrator, Telemetry* telemetry, QObject* parent)
    : QObject(parent), orch_(orchestrator) {
  if (telemetry) {
    clock_ = telemetry->clock();
    connect(telemetry, &Telemetry::metricSample, this, [this](const MetricSample& m) {
      if (!recording_) return;
      run_.metrics.append(m);
      lostTotal_ += m.lost;
      const QString key = liveKey(m);
      if (key != kNotLive) {
        qint64& last = lastSecondOf_[key];
        last = qMax(last, m.second);
      }
      emit metricRecorded(m);
    });
    connect(telemetry, &Telemetry::agentEvent, this, [this](const AgentEvent& e) {
      if (!recording_) return;
      run_.events.append(e);
      emit eventRecorded(e);
    });
  }
  if (orchestrator) {
    run_.backend = orchestrator->traits().name;
    connect(orchestrator, &Orchestrator::commandIssued, this,
            [this](quint64 id, CommandKind kind, const QString& service, const QString& node,
                   qint64 tUs) {
              if (!recording_) return;
              CommandRecord c;
              c.id = id;
              c.kind = kind;
              c.service = service;
              c.node = node;
              c.issuedUs = toLab(tUs);
              // Until noteOrder() says otherwise: the service's own order.
              c.order = serviceOrder_.value(service, UpdateOrder::StopFirst);
              commandIndex_.insert(id, int(run_.commands.size()));
              run_.commands.append(c);
              emit commandRecorded(c);
            });
    connect(orchestrator, &Orchestrator::commandFinished, this,
            [this](quint64 id, bool ok, const OrchestratorError& error) {
              auto it = commandIndex_.constFind(id);
              if (!recording_ || it == commandIndex_.constEnd()) return;
              CommandRecord& c = run_.commands[*it];
              c.finishedUs = labNowUs();
              c.ok = ok;
              c.error = ok ? QString() : error.toString();
              emit commandRecorded(c);
            });
    connect(orchestrator, &Orchestrator::servicesChanged, this,
            [this](const QList<ServiceInfo>& list) {
              for (const auto& i : list) serviceOrder_.insert(i.name, i.order);
            });
    connect(orchestrator, &Orchestrator::taskChanged, this, [this](const TaskInfo& t) {
      if (!recording_) return;
      TaskRecord r;
      r.tUs = toLab(t.tUs);
      r.task = t;
      run_.tasks.append(r);
      emit taskRecorded(r);
    });
  }
}

qint64 Recorder::toLab(qint64 localUs) const { return clock_ ? clock_->toLab(localUs) : localUs; }
qint64 Recorder::labNowUs() const { return toLab(LabClock::localNowUs()); }

void Recorder::start(const QString& timelineName) {
  run_ = RunData{};
  run_.timelineName = timelineName;
  run_.backend = orch_ ? orch_->traits().name : QString();
  run_.startUs = labNowUs();
  commandIndex_.clear();
  lostTotal_ = 0;
  lastSecondOf_.clear();
  recording_ = true;
  emit recordingStarted(run_);
}

void Recorder::stop(bool interrupted) {
  if (!recording_) return;
  recording_ = false;
  run_.endUs = labNowUs();
  run_.interrupted = interrupted;
  emit recordingStopped(run_);
}

void Recorder::noteOrder(quint64 commandId, UpdateOrder order) {
  auto it = commandIndex_.constFind(commandId);
  if (it != commandIndex_.constEnd()) run_.commands[*it].order = order;
}

Recorder::Live Recorder::live() const {
  const qint64 now = labNowUs();
  return liveAt(now / 1000000 - (now % 1000000 < 0 ? 1 : 0) - 2);
}

Recorder::Live Recorder::liveAt(qint64 second) const {
  Live l;
  l.lost = lostTotal_;
  l.second = second;
  // Keys that reported lately start as "no data"; the samples of that second fill them in.
  for (auto it = lastSecondOf_.begin(); it != lastSecondOf_.end(); ++it) {
    if (it.value() < second - kLiveForgetS) continue;
    if (!it.key().isEmpty()) l.updates.insert(it.key(), std::nullopt);
  }
  // Samples of one second arrive together, but an agent back from an outage sends its older
  // seconds late: look a bounded way back.
  constexpr qsizetype kScan = 1024;
  const qsizetype n = run_.metrics.size();
  for (qsizetype i = n - 1; i >= 0 && n - i <= kScan; --i) {
    const MetricSample& m = run_.metrics[i];
    if (m.second != second) continue;
    const QString key = liveKey(m);
    if (key == kNotLive) continue;
    if (key.isEmpty()) {
      l.published = l.published.value_or(0) + m.count;
      continue;
    }
    std::optional<qint64>& u = l.updates[key];
    u = u.value_or(0) + m.count;
    l.lagP50Us = qMax(l.lagP50Us.value_or(0), m.lagP50Us);
  }
  return l;
}

}  // namespace swarmlab
