// SwarmOrchestrator, part 3: images from the lab registry (docs/images.md).
#include "LabRegistry.h"
#include "SwarmOrchestrator.h"

namespace swarmlab {

// The digest is asked every time (one GET on the worker thread, answered by the manager's engine
// from the registry): images pushed again during a session are deployed by their new content.
// Name not in the registry: the fallback (the redis template's swarmlab/redis) is tried; any
// other failure ends the command with the registry's address and what was expected.
void SwarmOrchestrator::resolveInRegistry(quint64 id, const QString& image,
                                          std::function<void(const QString&)> then,
                                          const QString& fallback) {
  const QString op = toString(CommandKind::Deploy);
  const QString addr = opt_.registry;
  if (const QString bad = registry::checkAddress(addr); !bad.isEmpty())
    return conclude(id, false, {op, image, bad, 0});
  const QString name = registry::qualify(addr, image);
  call("GET", registry::distributionPath(name), {}, [=, this](const DockerResponse& r) {
    if (!tracker_.contains(id)) return;
    const registry::Resolution res =
        registry::resolve(addr, name, r.status, r.body, r.transportError);
    if (res.notFound && !fallback.isEmpty() && fallback != image)
      return resolveInRegistry(id, fallback, then, {});
    if (!res.error.isEmpty()) return conclude(id, false, {op, image, res.error, r.status});
    then(res.ref);
  });
}

}  // namespace swarmlab
