// A test double of Orchestrator for the console's unit tests: records every command and
// answers like a backend would (commandIssued at once, commandFinished, services changed).
#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>

#include "Orchestrator.h"

namespace swarmlab::test {

class FakeOrchestrator : public Orchestrator {
  Q_OBJECT
 public:
  struct Call {
    CommandKind kind;
    QString service;  ///< template name for deploy
    QString node;
  };
  QList<Call> calls;
  QList<NodeInfo> nodeList;
  QList<ServiceInfo> serviceList;
  /// The embedded lab's by default; tests of the Tray set a Swarm-like double.
  BackendTraits backendTraits{QStringLiteral("local"), false, false};
  quint64 nextId = 1;

  explicit FakeOrchestrator(const Lab& lab, QObject* parent = nullptr) : Orchestrator(parent) {
    for (const auto& n : lab.nodes) {
      NodeInfo i;
      i.id = i.name = n.name;
      i.layer = n.layer;
      i.arch = n.arch;
      i.capabilities = n.capabilities;
      i.state = NodeState::Ready;
      nodeList << i;
    }
  }
  int count(CommandKind k) const {
    int n = 0;
    for (const auto& c : calls) n += c.kind == k;
    return n;
  }

  BackendTraits traits() const override { return backendTraits; }
  QString redisUrl() const override { return {}; }
  void start() override {
    refresh();
    emit ready();
  }
  void refresh() override {
    emit nodesChanged(nodeList);
    emit servicesChanged(serviceList);
  }
  quint64 deploy(const ServiceTemplate& t, const QString& node, const QString& name) override {
    const QString svc = name.isEmpty() ? t.name : name;
    calls << Call{CommandKind::Deploy, t.name, node};
    const quint64 id = nextId++;
    emit commandIssued(id, CommandKind::Deploy, svc, node, nowUs());
    ServiceInfo s;
    s.id = s.name = svc;
    s.templateName = t.name;
    s.node = node;
    serviceList << s;
    emit servicesChanged(serviceList);
    return id;
  }
  quint64 migrate(const QString& service, const QString& node, UpdateOrder) override {
    calls << Call{CommandKind::Migrate, service, node};
    const quint64 id = nextId++;
    emit commandIssued(id, CommandKind::Migrate, service, node, nowUs());
    for (auto& s : serviceList)
      if (s.name == service) s.node = node;
    emit servicesChanged(serviceList);
    return id;
  }
  quint64 restart(const QString& service, UpdateOrder) override {
    return simple(CommandKind::Restart, service, {});
  }
  quint64 stop(const QString& service) override { return simple(CommandKind::Stop, service, {}); }
  quint64 scale(const QString& service, int) override {
    return simple(CommandKind::Scale, service, {});
  }
  quint64 setNodeDown(const QString& node) override {
    return simple(CommandKind::NodeDown, {}, node);
  }
  quint64 setNodeUp(const QString& node) override { return simple(CommandKind::NodeUp, {}, node); }
  quint64 assignNode(const QString& machineId, const QString& labName, Layer layer) override {
    if (!backendTraits.machinesAssignable)
      return Orchestrator::assignNode(machineId, labName, layer);
    assigned << qMakePair(machineId, layer);
    return simple(CommandKind::AssignNode, {}, labName);
  }
  /// Swarm-like doubles record the request and, as the engine's node labels would, show the
  /// lab node as hosted by that machine.
  quint64 hostLabNode(const QString& machineId, const QString& labNode) override {
    if (!backendTraits.machinesAssignable) return Orchestrator::hostLabNode(machineId, labNode);
    hostCalls << qMakePair(machineId, labNode);
    QString hostname;
    for (const auto& n : std::as_const(nodeList))
      if (n.id == machineId) hostname = n.machine.isEmpty() ? n.name : n.machine;
    for (auto& n : nodeList) {
      if (n.name != labNode) continue;
      n.id = machineId;
      n.machine = hostname;
      n.hosted = true;
      n.state = NodeState::Ready;
    }
    // A machine that hosts a lab node is shown as that lab node's card.
    nodeList.removeIf([&](const NodeInfo& n) { return n.id == machineId && !n.inLab; });
    for (auto& s : serviceList)  // what waited for a machine there starts (not reported here)
      if (s.node == labNode) s.waiting.clear();
    emit servicesChanged(serviceList);
    const quint64 id = simple(CommandKind::AssignNode, {}, labNode);
    emit nodesChanged(nodeList);
    return id;
  }
  bool addLabNode(const NodeSpec& node, QString* why) override {
    if (!backendTraits.machinesAssignable) return Orchestrator::addLabNode(node, why);
    NodeInfo i = NodeInfo::fromLab(node);
    i.id.clear();
    i.hosted = false;
    nodeList << i;
    emit nodesChanged(nodeList);
    return true;
  }
  QList<QPair<QString, QString>> hostCalls;  ///< machine id, lab node

  /// Counts the calls; shutdownFinished() follows only when the test says so (finishShutdown),
  /// so that a test sees the console while a backend is still shutting down.
  void shutdown() override { ++shutdownCalls; }
  void finishShutdown() { emit shutdownFinished(); }
  int shutdownCalls = 0;
  QList<QPair<QString, Layer>> assigned;  ///< machine id, layer

  /// A task of a service changes state (as the backend would report it).
  void emitTask(const QString& service, const QString& instance, const QString& node,
                TaskState st) {
    TaskInfo t;
    t.id = instance;
    t.service = service;
    t.instance = instance;
    t.node = node;
    t.state = st;
    t.tUs = nowUs();
    emit taskChanged(t);
  }
  static qint64 nowUs() { return QDateTime::currentMSecsSinceEpoch() * 1000; }

 private:
  quint64 simple(CommandKind k, const QString& service, const QString& node) {
    calls << Call{k, service, node};
    const quint64 id = nextId++;
    emit commandIssued(id, k, service, node, nowUs());
    emit commandFinished(id, true, {});
    return id;
  }
};

}  // namespace swarmlab::test
