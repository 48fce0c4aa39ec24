#include "Recorder.h"

#include "Telemetry.h"
#include "WireNames.h"

namespace swarmlab {

Recorder::Recorder(Orchestrator* orchestrator, Telemetry* telemetry, QObject* parent)
    : QObject(parent), orch_(orchestrator) {
  if (telemetry) {
    clock_ = telemetry->clock();
    connect(telemetry, &Telemetry::metricSample, this, [this](const MetricSample& m) {
      if (!recording_) return;
      run_.metrics.append(m);
      lostTotal_ += m.lost;
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
  recording_ = true;
}

void Recorder::stop() {
  if (!recording_) return;
  recording_ = false;
  run_.endUs = labNowUs();
}

void Recorder::noteOrder(quint64 commandId, UpdateOrder order) {
  auto it = commandIndex_.constFind(commandId);
  if (it != commandIndex_.constEnd()) run_.commands[*it].order = order;
}

Recorder::Live Recorder::live() const {
  Live l;
  l.lost = lostTotal_;
  // Metrics arrive about a second late and not all at once: use the newest second that some
  // agent reported, minus one so that every agent had time to report it.
  qint64 newest = 0;
  for (auto it = run_.metrics.crbegin();
       it != run_.metrics.crend() && it - run_.metrics.crbegin() < 64; ++it)
    newest = qMax(newest, it->second);
  if (!newest) return l;
  l.second = newest - 1;
  for (auto it = run_.metrics.crbegin();
       it != run_.metrics.crend() && it - run_.metrics.crbegin() < 256; ++it) {
    if (it->second != l.second) continue;
    if (it->kind == wirenames::kPublisher)
      l.published += it->count;
    else if (it->kind == wirenames::kSubscriber) {
      l.updates[it->node.isEmpty() ? it->instance : it->node] += it->count;
      l.lagP50Us = qMax(l.lagP50Us, it->lagP50Us);
    }
  }
  return l;
}

}  // namespace swarmlab
