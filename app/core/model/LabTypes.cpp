#include "LabTypes.h"

namespace swarmlab {

QString toString(Layer l) {
  switch (l) {
    case Layer::Enterprise:
      return QStringLiteral("enterprise");
    case Layer::Mediation:
      return QStringLiteral("mediation");
    case Layer::Sensing:
      return QStringLiteral("sensing");
    case Layer::Unassigned:
      return QStringLiteral("unassigned");
  }
  return {};
}

QString toString(NodeState s) {
  switch (s) {
    case NodeState::Ready:
      return QStringLiteral("ready");
    case NodeState::Down:
      return QStringLiteral("down");
    case NodeState::Drain:
      return QStringLiteral("drain");
    case NodeState::Unknown:
      return QStringLiteral("unknown");
  }
  return {};
}

QString toString(UpdateOrder o) {
  return o == UpdateOrder::StartFirst ? QStringLiteral("start-first")
                                      : QStringLiteral("stop-first");
}

}  // namespace swarmlab
