#include "Measurements.h"
namespace swarmlab {
QString serviceOfInstance(const RunData&, const QString& instance) { return instance.section(QLatin1Char('.'), 0, 0); }
QList<CommandTiming> commandTimings(const RunData&) { return {}; }
QList<SecondStats> perSecond(const RunData&) { return {}; }
QList<Measure> computeSummary(const RunData&) { return {}; }
const Measure* findMeasure(const QList<Measure>& m, const QString& name) {
  for (const auto& x : m) if (x.name == name) return &x;
  return nullptr;
}
}  // namespace swarmlab
