#include "RunIndex.h"

#include <algorithm>

#include "Measurements.h"
#include "WireNames.h"

namespace swarmlab {

RunIndex::RunIndex(const RunData& run) {
  for (const auto& t : run.tasks)
    if (!t.task.instance.isEmpty() && !t.task.service.isEmpty())
      serviceOf_.insert(t.task.instance, t.task.service);
  QList<AgentEvent> ev = run.events;
  std::stable_sort(ev.begin(), ev.end(),
                   [](const AgentEvent& a, const AgentEvent& b) { return a.tUs < b.tUs; });
  for (const auto& e : ev) {
    InstanceTimes& it = inst_[e.instance];
    if (it.service.isEmpty()) {
      it.service = service(e.instance);
      it.kind = e.kind;
      it.node = e.node;
      order_ << e.instance;
    }
    byInstance_[e.instance] << e;
    if (e.event == wirenames::kFirstMessage && !it.firstMessageUs) it.firstMessageUs = e.tUs;
    agentServices_.insert(it.service);
  }
}

const InstanceTimes& RunIndex::instance(const QString& name) const {
  static const InstanceTimes kNone;
  auto it = inst_.constFind(name);
  return it == inst_.constEnd() ? kNone : *it;
}

QString RunIndex::service(const QString& instance) const {
  auto it = serviceOf_.constFind(instance);
  if (it != serviceOf_.constEnd()) return *it;
  return instance.section(QLatin1Char('.'), 0, 0);
}

}  // namespace swarmlab
