// The embedded lab of the local tests: a lab of four nodes (manager, gw1, pi1, pi2), the real
// agents and a fixture (Lab0) that runs a LocalOrchestrator with its own redis-server and a
// telemetry reader collecting events, task states and display updates.
#pragma once

#include <QDir>
#include <QFile>
#include <QSignalSpy>

#include <unistd.h>
#include <memory>

#include "LabClock.h"
#include "LocalOrchestrator.h"
#include "Telemetry.h"
#include "ThreadSpy.h"

namespace swarmlab::testlab {

inline NodeSpec node(const QString& name, Layer layer, QStringList caps) {
  NodeSpec n;
  n.name = name;
  n.layer = layer;
  n.arch = QStringLiteral("x86_64");
  n.capabilities = std::move(caps);
  return n;
}

inline ServiceTemplate agent(const QString& kind, QList<Layer> layers, QStringList needs) {
  ServiceTemplate t;
  t.name = t.kind = kind;
  t.command = {QStringLiteral("${bin}/swarmlab-%1").arg(kind)};
  t.layers = std::move(layers);
  t.needs = std::move(needs);
  t.restart.condition = RestartPolicy::Condition::OnFailure;
  t.restart.delayMs = 50;
  t.restart.maxAttempts = 5;
  return t;
}

inline Lab makeLab() {
  Lab lab;
  lab.name = QStringLiteral("test-lab");
  lab.nodes = {node(QStringLiteral("manager"), Layer::Enterprise, {}),
               node(QStringLiteral("gw1"), Layer::Mediation, {QStringLiteral("redis")}),
               node(QStringLiteral("pi1"), Layer::Sensing, {QStringLiteral("display")}),
               node(QStringLiteral("pi2"), Layer::Sensing, {QStringLiteral("display")})};
  lab.templates = {
      agent(QStringLiteral("publisher"), {Layer::Enterprise, Layer::Mediation}, {}),
      agent(QStringLiteral("subscriber"), {Layer::Sensing}, {QStringLiteral("display")})};
  ServiceTemplate redis;
  redis.name = redis.kind = QStringLiteral("redis");
  redis.command = {QStringLiteral("redis-server")};
  redis.layers = {Layer::Mediation};
  lab.templates.append(redis);
  ServiceTemplate flaky;
  flaky.name = flaky.kind = QStringLiteral("flaky");
  flaky.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                   QStringLiteral("echo failing; exit 3")};
  flaky.restart.condition = RestartPolicy::Condition::OnFailure;
  flaky.restart.delayMs = 50;
  flaky.restart.maxAttempts = 3;
  lab.templates.append(flaky);
  return lab;
}

inline bool alive(qint64 pid) {
  // A reaped child is gone from /proc; a pid reused by someone else is not our child.
  QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
  if (!stat.open(QIODevice::ReadOnly)) return false;
  const QList<QByteArray> f = stat.readAll().split(' ');
  return f.size() > 3 && f[3].toLongLong() == ::getpid();
}

inline QList<qint64> ourChildren() {
  QList<qint64> out;
  const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
  for (const auto& e : entries) {
    bool ok = false;
    const qint64 pid = e.toLongLong(&ok);
    if (ok && alive(pid)) out.append(pid);
  }
  return out;
}

/// One orchestrator with its own Redis and a telemetry reader that collects events.
struct Lab0 {
  std::unique_ptr<LocalOrchestrator> orch;
  std::unique_ptr<Telemetry> tel;
  QList<AgentEvent> events;
  QList<TaskInfo> tasks;
  QList<DisplaySnapshot> displays;  ///< valid ones of the instances watchDisplays() named
  // Receiver of the collecting lambdas. Declared last so it is destroyed first: its destruction
  // drops events the telemetry thread queued but this Lab0 can no longer take (a test that ends
  // while events are in flight must not hand them to the next test's stack).
  std::unique_ptr<QObject> sink = std::make_unique<QObject>();

  explicit Lab0(QObject* /*ctx*/, LocalOptions o = {}) {
    orch = std::make_unique<LocalOrchestrator>(makeLab(), o);
    QObject::connect(orch.get(), &Orchestrator::taskChanged, sink.get(),
                     [this](const TaskInfo& t) { tasks.append(t); });
  }
  bool start(QObject* /*ctx*/) {
    QSignalSpy ready(orch.get(), &Orchestrator::ready);
    orch->start();
    if (!ready.wait(15000)) return false;
    TelemetryOptions to;
    to.redisUrl = orch->redisUrl();
    to.fromBeginning = true;
    tel = std::make_unique<Telemetry>(to);
    QObject::connect(tel.get(), &Telemetry::agentEvent, sink.get(),
                     [this](const AgentEvent& e) { events.append(e); });
    QObject::connect(tel.get(), &Telemetry::displayStates, sink.get(),
                     [this](const QList<DisplaySnapshot>& states) {
                       for (const auto& d : states)
                         if (d.valid) displays.append(d);
                     });
    test::ThreadSpy conn(tel.get(), &Telemetry::connectionChanged);  // emitted on its thread
    tel->start();
    // Connected, possibly after a failed first try (it retries every 300 ms, as in the console).
    auto connected = [&conn] {
      for (qsizetype i = 0; i < conn.size(); ++i)
        if (conn.at(i).first().toBool()) return true;
      return false;
    };
    const bool ok = QTest::qWaitFor(connected, 10000);
    for (qsizetype i = 0; i < conn.size(); ++i)
      if (!conn.at(i).first().toBool())
        qWarning("telemetry did not connect: %s", qPrintable(conn.at(i).value(1).toString()));
    return ok;
  }
  bool hasEvent(const QString& instance, const QString& event) const {
    for (const auto& e : events)
      if (e.instance == instance && e.event == event) return true;
    return false;
  }
  const AgentEvent* event(const QString& instance, const QString& ev) const {
    for (const auto& e : events)
      if (e.instance == instance && e.event == ev) return &e;
    return nullptr;
  }
  bool taskReached(const QString& instance, TaskState s) const {
    for (const auto& t : tasks)
      if (t.instance == instance && t.state == s) return true;
    return false;
  }
  int count(const QString& service, TaskState s) const {
    int n = 0;
    for (const auto& t : tasks)
      if (t.service == service && t.state == s) ++n;
    return n;
  }
  /// Polls these subscribers' display keys (displays).
  void watchDisplays(const QStringList& instances) { tel->setDisplayInstances(instances); }
  /// A display update of the instance showing a message newer than tUs (lab time).
  bool displayedAfter(const QString& instance, qint64 tUs) const {
    for (const auto& d : displays)
      if (d.instance == instance && d.tUs > tUs) return true;
    return false;
  }
  qint64 labNowUs() const { return tel->clock()->labNowUs(); }
  /// Its pid from its Running task ("pid N"), 0 if not running.
  qint64 pidOf(const QString& instance) const {
    for (const auto& t : orch->tasks())
      if (t.instance == instance && t.state == TaskState::Running)
        return t.message.mid(4).toLongLong();
    return 0;
  }
  const ServiceTemplate& templ(const char* name) const {
    return *orch->lab().templ(QString::fromLatin1(name));
  }
  ~Lab0() {
    tel.reset();
    if (orch && orch->isReady()) {
      QSignalSpy done(orch.get(), &LocalOrchestrator::shutdownFinished);
      orch->shutdown();
      done.wait(10000);
    }
  }
};

}  // namespace swarmlab::testlab
