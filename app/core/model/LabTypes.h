// Value types shared by the lab model, the orchestrators, the recorder and the console.
// Qt Core only. Loading and validation of lab files live in LabFile.{h,cpp}.
#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace swarmlab {

/// The three layers of the testbed, plus nodes not yet placed in one (Swarm nodes without label).
enum class Layer { Enterprise, Mediation, Sensing, Unassigned };

enum class NodeState { Ready, Down, Drain, Unknown };

/// Order of a migrate or restart: stop the old instance first (as the 2017 experiment), or
/// start the new one first and stop the old once the new one's first message arrived.
enum class UpdateOrder { StopFirst, StartFirst };

/// Where a service may run: pinned to the node it was placed on (what a drop on a node means),
/// or failover: any node of that node's layer with the template's needs and the node's arch,
/// preferring that node. Only failover services move when their node fails.
enum class Placement { Pinned, Failover };

/// Restart policy of a service, as in Swarm's RestartPolicy.
struct RestartPolicy {
  enum class Condition { None, OnFailure, Any };
  Condition condition = Condition::OnFailure;
  int delayMs = 0;
  int maxAttempts = 0;  ///< 0 = unlimited
  int windowMs = 0;     ///< 0 = attempts counted over the whole life of the service
};

/// Resource limits of one instance (Swarm: TaskTemplate.Resources.Limits). 0 = no limit.
struct ResourceLimits {
  int memoryMb = 0;  ///< lab file "limits": {"memory_mb": 64}
  double cpus = 0;   ///< lab file "limits": {"cpus": 0.5}; a share of one CPU
  bool any() const { return memoryMb > 0 || cpus > 0; }
  friend bool operator==(const ResourceLimits&, const ResourceLimits&) = default;
};

/// A node of the lab file: where service instances can run.
struct NodeSpec {
  QString name;  ///< lab name: "manager", "gw1", "pi1", ...
  Layer layer = Layer::Unassigned;
  QString arch;              ///< "x86_64", "aarch64", ... (Swarm's node.platform.arch)
  QStringList capabilities;  ///< "display", "redis", ...
  QString description;
};

/// What can be deployed: a program with its environment and policies.
struct ServiceTemplate {
  QString name;  ///< "publisher", "subscriber", "redis", "webdis"
  QString kind;  ///< wire kind for agents ("publisher", "subscriber"), else the template name
  QStringList command;  ///< argv for the local backend; {"${bin}"} expands to the build's bin dir
  QMap<QString, QString> env;  ///< extra environment; ${redis_url}, ${node}, ${instance} expand
  QString image;               ///< container image for the Swarm backend
  /// Architectures the image exists for (Swarm: node.platform.arch); empty = any. The local
  /// backend runs host binaries whatever a node's arch; it still applies this placement rule.
  QStringList archs;
  QList<Layer> layers;  ///< layers it may be placed on (empty = any)
  QStringList needs;    ///< node capabilities it needs ("display")
  RestartPolicy restart;
  UpdateOrder order = UpdateOrder::StopFirst;
  int replicas = 1;
  Placement placement = Placement::Pinned;  ///< lab file: "placement": "pinned"|"failover"
  ResourceLimits limits;
  QString description;
};

/// A loaded, validated lab.
struct Lab {
  QString name;
  QString description;
  QList<NodeSpec> nodes;
  QList<ServiceTemplate> templates;
  QString sourcePath;

  const NodeSpec* node(const QString& n) const {
    for (const auto& x : nodes)
      if (x.name == n) return &x;
    return nullptr;
  }
  const ServiceTemplate* templ(const QString& n) const {
    for (const auto& x : templates)
      if (x.name == n) return &x;
    return nullptr;
  }
};

QString toString(Layer l);
QString toString(NodeState s);
QString toString(UpdateOrder o);

}  // namespace swarmlab

Q_DECLARE_METATYPE(swarmlab::Layer)
Q_DECLARE_METATYPE(swarmlab::NodeState)
Q_DECLARE_METATYPE(swarmlab::UpdateOrder)
