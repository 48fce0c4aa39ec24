// Swarm benchmark (issue 4, "Targets"): deploy to first message, restart, and stop-first
// migration (stop time and update gap) of a subscriber, measured the same way for three paths
// in the same run:
//   api   - SwarmOrchestrator (Engine API, event driven)
//   cli   - the docker CLI doing the same: `docker service create/update --detach` and polling
//           `docker service ps` until the task is Running (what a script would do)
//   local - LocalOrchestrator (processes on this machine), same Redis
// Every figure comes from the agents' own events in Redis (lab time): command issued ->
// first_message of the new instance; migration: old `stopped` (with last_update_us) and new
// first_message. Also counts /tasks requests of the API path while idle.
//   bench_swarm [--rounds N] [--multinode]   (--multinode: workers pi1/pi2 from
//   tests/docker/multinode.sh)
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

#include <hiredis/hiredis.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <limits>
#include <optional>

#include "LocalOrchestrator.h"
#include "Measurements.h"
#include "SwarmFixture.h"
#include "SwarmOrchestrator.h"
#include "Telemetry.h"

using namespace swarmlab;
using namespace swarmlab::test;

namespace {

qint64 nowUs() {
  return std::chrono::duration_cast<std::chrono::microseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

void pump(int ms) {
  QElapsedTimer t;
  t.start();
  while (t.elapsed() < ms) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

struct AgentEv {
  QString instance, node, event;
  qint64 tUs = 0;
  qint64 lastUpdateUs = 0;
};

/// Follows <prefix>:events from "now" with XREAD (hiredis, this thread).
class Events {
 public:
  explicit Events(const QString& url) {
    QUrl u(url);
    c_ = redisConnect(u.host().toUtf8().constData(), u.port(6379));
    if (!u.password().isEmpty()) {  // every lab Redis requires authentication (issue 11)
      const QByteArray user = u.userName(QUrl::FullyDecoded).toUtf8(),
                       pass = u.password(QUrl::FullyDecoded).toUtf8();
      redisReply* a = static_cast<redisReply*>(
          user.isEmpty() ? redisCommand(c_, "AUTH %b", pass.constData(), size_t(pass.size()))
                         : redisCommand(c_, "AUTH %b %b", user.constData(), size_t(user.size()),
                                        pass.constData(), size_t(pass.size())));
      if (!a || a->type == REDIS_REPLY_ERROR)
        std::fprintf(stderr, "bench_swarm: AUTH to the lab Redis failed: %s\n",
                     a ? a->str : c_->errstr);
      if (a) freeReplyObject(a);
    }
    redisReply* r =
        static_cast<redisReply*>(redisCommand(c_, "XREVRANGE swarmlab:events + - COUNT 1"));
    if (r && r->type == REDIS_REPLY_ARRAY && r->elements == 1)
      last_ = r->element[0]->element[0]->str;
    if (r) freeReplyObject(r);
  }
  ~Events() {
    if (c_) redisFree(c_);
  }
  /// Waits for an event matching pred; Qt events are processed meanwhile.
  std::optional<AgentEv> wait(const std::function<bool(const AgentEv&)>& pred,
                              int timeoutMs = 60000) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
      for (int i = 0; i < int(seen_.size()); ++i)
        if (pred(seen_[i])) {
          AgentEv e = seen_[i];
          seen_.erase(seen_.begin() + i);
          return e;
        }
      QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
      redisReply* r = static_cast<redisReply*>(
          redisCommand(c_, "XREAD COUNT 100 BLOCK 20 STREAMS swarmlab:events %s", last_.c_str()));
      if (r && r->type == REDIS_REPLY_ARRAY && r->elements == 1) {
        redisReply* entries = r->element[0]->element[1];
        for (size_t i = 0; i < entries->elements; ++i) {
          redisReply* e = entries->element[i];
          last_ = e->element[0]->str;
          AgentEv ev;
          redisReply* f = e->element[1];
          for (size_t k = 0; k + 1 < f->elements; k += 2) {
            const std::string key = f->element[k]->str, val = f->element[k + 1]->str;
            if (key == "instance")
              ev.instance = QString::fromStdString(val);
            else if (key == "node")
              ev.node = QString::fromStdString(val);
            else if (key == "event")
              ev.event = QString::fromStdString(val);
            else if (key == "t_us")
              ev.tUs = std::stoll(val);
            else if (key == "last_update_us")
              ev.lastUpdateUs = std::stoll(val);
          }
          seen_.push_back(ev);
        }
      }
      if (r) freeReplyObject(r);
    }
    return std::nullopt;
  }
  void clear() { seen_.clear(); }

 private:
  redisContext* c_ = nullptr;
  std::string last_ = "$";
  std::vector<AgentEv> seen_;
};

struct Round {
  double deployMs = -1, restartMs = -1, migStopMs = -1, migGapMs = -1;
  double deployDoneMs =
      -1;  ///< command "done" as the path itself sees it (commandFinished / ps Running)
};

auto isFirst(const QString& service, const QString& notInstance = {}) {
  return [=](const AgentEv& e) {
    return e.event == "first_message" && e.instance.startsWith(service + ".") &&
           e.instance != notInstance;
  };
}
auto isStopped(const QString& instance) {
  return [=](const AgentEv& e) { return e.event == "stopped" && e.instance == instance; };
}

Round runOrchestrator(Orchestrator& o, Events& ev, const ServiceTemplate& sub, const QString& name,
                      const QString& instancePrefix = {}) {
  Round r;
  const QString inst = instancePrefix + name;  // service name as the agents' instance names start
  ev.clear();
  qint64 doneUs = 0;
  quint64 deployId = 0;  // commandFinished is always queued, so it comes after deploy() returned
  auto conn = QObject::connect(
      &o, &Orchestrator::commandFinished, [&](quint64 id, bool ok, const OrchestratorError& e) {
        if (id != deployId) return;
        doneUs = nowUs();
        if (!ok) std::fprintf(stderr, "  command failed: %s\n", qPrintable(e.toString()));
      });
  qint64 t0 = nowUs();
  deployId = o.deploy(sub, "pi1", name);
  auto first = ev.wait(isFirst(inst));
  if (!first) {
    o.stop(name);
    return r;
  }
  r.deployMs = (first->tUs - t0) / 1000.0;
  QElapsedTimer waited;
  waited.start();
  while (!doneUs && waited.elapsed() < 60'000) pump(10);
  if (!doneUs)
    std::fprintf(stderr, "  deploy of %s: no commandFinished within 60 s\n", qPrintable(name));
  r.deployDoneMs = doneUs ? (doneUs - t0) / 1000.0 : std::numeric_limits<double>::quiet_NaN();
  pump(1000);
  t0 = nowUs();
  o.restart(name, UpdateOrder::StopFirst);
  auto second = ev.wait(isFirst(inst, first->instance));
  if (!second) return r;
  r.restartMs = (second->tUs - t0) / 1000.0;
  pump(1000);
  t0 = nowUs();
  o.migrate(name, "pi2", UpdateOrder::StopFirst);
  auto third = ev.wait(isFirst(inst, second->instance));
  auto stopped = ev.wait(isStopped(second->instance), 15000);
  if (third && stopped) {
    r.migStopMs = (stopped->tUs - t0) / 1000.0;
    r.migGapMs =
        (third->tUs - (stopped->lastUpdateUs ? stopped->lastUpdateUs : stopped->tUs)) / 1000.0;
  }
  o.stop(name);
  if (third) ev.wait(isStopped(third->instance), 15000);
  QObject::disconnect(conn);
  pump(500);
  return r;
}

QString dockerCli(const QStringList& args, int* rc = nullptr) {
  QProcess p;
  p.start("docker", args);
  p.waitForFinished(60000);
  if (rc) *rc = p.exitCode();
  return QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
}

// Polls `docker service ps` until a task with desired state running is Running.
qint64 waitCliRunning(const QString& svc, const QString& notTask = {}) {
  QElapsedTimer t;
  t.start();
  while (t.elapsed() < 60000) {
    const QString out = dockerCli({"service", "ps", svc, "--filter", "desired-state=running",
                                   "--format", "{{.ID}} {{.CurrentState}}"});
    for (const QString& line : out.split('\n'))
      if (line.contains("Running") && !line.startsWith(notTask + " ")) return nowUs();
  }
  return 0;
}

// The docker CLI baseline gets the lab Redis the way the API path's services do: the same
// Docker secret and the same SWARMLAB_REDIS_* variables (none holds the password), copied from
// the API's publisher service, so no credential is ever on a command line.
QStringList credentialArgsLike(const QString& service) {
  const QString spec = dockerCli(
      {"service", "inspect", service, "--format", "{{json .Spec.TaskTemplate.ContainerSpec}}"});
  const QJsonObject c = QJsonDocument::fromJson(spec.toUtf8()).object();
  QStringList args;
  for (const QJsonValue& e : c.value("Env").toArray())
    if (e.toString().startsWith(QLatin1String("SWARMLAB_REDIS"))) args << "--env" << e.toString();
  for (const QJsonValue& v : c.value("Secrets").toArray()) {
    const QJsonObject r = v.toObject();
    args << "--secret"
         << QStringLiteral("source=%1,target=%2")
                .arg(r.value("SecretName").toString(),
                     r.value("File").toObject().value("Name").toString());
  }
  return args;
}

Round runCli(Events& ev, const QString& svc, const QString& image, const QStringList& credentials,
             const QString& node1, const QString& node2) {
  Round r;
  ev.clear();
  qint64 t0 = nowUs();
  int rc = 0;
  const QStringList create = QStringList{"service",
                                         "create",
                                         "--detach",
                                         "--name",
                                         svc,
                                         "--label",
                                         "swarmlab.lab=bench-cli",
                                         "--container-label",
                                         "swarmlab.lab=bench-cli",
                                         "--restart-condition",
                                         "on-failure",
                                         "--constraint",
                                         "node.id==" + node1,
                                         "--env",
                                         "SWARMLAB_NODE=pi1",
                                         "--env",
                                         "SWARMLAB_INSTANCE={{.Task.Name}}"} +
                             credentials + QStringList{image};
  const QString created = dockerCli(create, &rc);
  if (rc != 0) {
    std::fprintf(stderr, "  docker service create: %s\n", qPrintable(created));
    return r;
  }
  const qint64 running = waitCliRunning(svc);
  auto first = ev.wait(isFirst(svc));
  if (!first) return r;
  r.deployMs = (first->tUs - t0) / 1000.0;
  r.deployDoneMs = (running - t0) / 1000.0;
  pump(1000);
  t0 = nowUs();
  dockerCli({"service", "update", "--detach", "--force", svc});
  waitCliRunning(svc);
  auto second = ev.wait(isFirst(svc, first->instance));
  if (!second) return r;
  r.restartMs = (second->tUs - t0) / 1000.0;
  pump(1000);
  t0 = nowUs();
  dockerCli({"service", "update", "--detach", "--constraint-rm", "node.id==" + node1,
             "--constraint-add", "node.id==" + node2, "--env-add", "SWARMLAB_NODE=pi2", svc});
  waitCliRunning(svc);
  auto third = ev.wait(isFirst(svc, second->instance));
  auto stopped = ev.wait(isStopped(second->instance), 15000);
  if (third && stopped) {
    r.migStopMs = (stopped->tUs - t0) / 1000.0;
    r.migGapMs =
        (third->tUs - (stopped->lastUpdateUs ? stopped->lastUpdateUs : stopped->tUs)) / 1000.0;
  }
  dockerCli({"service", "rm", svc});
  if (third) ev.wait(isStopped(third->instance), 15000);
  return r;
}

double median(std::vector<double> v) {
  v.erase(std::remove_if(v.begin(), v.end(), [](double x) { return x < -0.5e9 || x == -1; }),
          v.end());
  if (v.empty()) return -1;
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

/// The engine, the swarm (and with --multinode the workers pi1/pi2) for the whole run.
struct Setup {
  SwarmFixture fx;
  bool multinode = false;
  QString node1, node2;  ///< swarm node ids the subscriber goes to, then migrates to

  void cleanup() {
    int rc = 0;
    if (multinode) SwarmFixture::multinode({"down", "pi1", "pi2"}, &rc);
    const QStringList problems = fx.tearDown();
    for (const auto& p : problems)
      std::fprintf(stderr, "bench_swarm: cleanup: %s\n", qPrintable(p));
    std::printf("swarm state left: %s (was %s)\n", qPrintable(fx.swarmState()),
                qPrintable(fx.swarmStateBefore()));
  }

  QString label(const QString& host, const QString& name, const QString& layer,
                const QString& also = {}) {
    QString id;
    const QString err = fx.labelNode(host, name, layer, also, &id);
    if (!err.isEmpty()) std::fprintf(stderr, "bench_swarm: %s\n", qPrintable(err));
    return id;
  }

  /// Swarm, images, nodes; "" when ready, else why not.
  QString start(qint64 pid) {
    QString err = fx.setUp(QStringLiteral("swlbench-%1").arg(pid));
    if (err.isEmpty()) err = fx.initSwarmIfInactive();
    if (!err.isEmpty()) return err;
    DockerResponse info = fx.http().request("GET", "/info");
    auto inf = docker::parseInfo(std::string_view(info.body.constData(), size_t(info.body.size())));
    if (!inf) return QStringLiteral("GET /info: ") + info.message();
    node1 = node2 = QString::fromStdString(inf->nodeId);
    if (!multinode) return {};
    int rc = 0;
    const QString out = SwarmFixture::multinode({"up", "pi1", "pi2"}, &rc);
    if (rc != 0) return QStringLiteral("multinode.sh up failed: ") + out;
    node1 = label("pi1", "pi1", "sensing");
    node2 = label("pi2", "pi2", "sensing");
    label(QString::fromStdString(inf->nodeId), "manager", "enterprise", "gw1");
    return {};
  }
};

struct Idle {
  quint64 tasks = 0, all = 0;
};

// The API path with a running service and nothing happening: how many requests in 10 s.
Idle measureIdle(SwarmOrchestrator& api) {
  pump(1000);
  auto all = [&] {
    return api.requestCount("/services") + api.requestCount("/nodes") + api.requestCount("/tasks");
  };
  const quint64 tasksBefore = api.requestCount("/tasks");
  const quint64 allBefore = all();
  pump(10000);
  return {api.requestCount("/tasks") - tasksBefore, all() - allBefore};
}

void printResults(int rounds, const std::vector<Round>& a, const std::vector<Round>& c,
                  const std::vector<Round>& l, const Idle& idle, SwarmOrchestrator& api) {
  auto col = [](const std::vector<Round>& v, double Round::*m) {
    std::vector<double> x;
    for (const auto& r : v) x.push_back(r.*m);
    return median(x);
  };
  auto ratio = [](double a, double b) {
    return (a > 0 && b > 0) ? QString::number(a / b, 'f', 2) : QString("-");
  };
  std::printf("\nmedians of %d rounds, ms (subscriber; lab time from the agents' own events)\n",
              rounds);
  std::printf("%-34s %9s %9s %9s %9s %9s %9s\n", "measure", "api", "cli", "local", "api/cli",
              "api/local", "api/paper");
  struct Row {
    const char* name;
    double Round::*m;
    double paper;
  };
  const Row rows[] = {
      {"deploy -> first message (A)", &Round::deployMs, paper::kDeployMs},
      {"deploy -> command done", &Round::deployDoneMs, 0},
      {"restart -> first message (D)", &Round::restartMs, paper::kRestartMs},
      {"migration: issued -> old stopped (C)", &Round::migStopMs, paper::kMigrationStopMs},
      {"migration: update gap", &Round::migGapMs, paper::kMigrationStopMs}};
  for (const auto& row : rows) {
    const double av = col(a, row.m), cv = col(c, row.m), lv = col(l, row.m);
    std::printf("%-34s %9.0f %9.0f %9.0f %9s %9s %9s\n", row.name, av, cv, lv,
                qPrintable(ratio(av, cv)), qPrintable(ratio(av, lv)),
                qPrintable(row.paper > 0 ? ratio(av, row.paper) : QString("-")));
  }
  std::printf("per round (api | cli | local): deploy ");
  for (int i = 0; i < rounds; ++i)
    std::printf("%.0f|%.0f|%.0f ", a[i].deployMs, c[i].deployMs, l[i].deployMs);
  std::printf("\n                              gap    ");
  for (int i = 0; i < rounds; ++i)
    std::printf("%.0f|%.0f|%.0f ", a[i].migGapMs, c[i].migGapMs, l[i].migGapMs);
  std::printf(
      "\nidle 10 s with a running service: %llu /tasks requests, %llu requests in all (API path)\n",
      idle.tasks, idle.all);
  std::printf("API path requests in the whole run: /tasks %llu, /services %llu\n",
              api.requestCount("/tasks"), api.requestCount("/services"));
}

bool startAndWait(Orchestrator& o, int timeoutMs) {
  bool ready = false;
  auto c = QObject::connect(&o, &Orchestrator::ready, [&] { ready = true; });
  o.start();
  QElapsedTimer t;
  t.start();
  while (!ready && t.elapsed() < timeoutMs) pump(20);
  QObject::disconnect(c);
  return ready;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  int rounds = 3;
  Setup setup;
  const QStringList args = app.arguments();
  for (int i = 1; i < args.size(); ++i) {
    if (args[i] == "--rounds" && i + 1 < args.size()) {
      rounds = args[++i].toInt();
    } else if (args[i] == "--multinode") {
      setup.multinode = true;
    } else {
      std::fprintf(stderr, "usage: bench_swarm [--rounds N] [--multinode]\n");
      return 2;
    }
  }
  if (const QString err = setup.start(app.applicationPid()); !err.isEmpty()) {
    std::fprintf(stderr, "bench_swarm: %s\n", qPrintable(err));
    setup.cleanup();
    return 1;
  }
  const Lab lab = setup.fx.lab();
  SwarmOptions so;
  so.servicePrefix = "swlbench-";
  so.redisPort = SwarmFixture::freePort();
  SwarmOrchestrator api(lab, so);
  QObject::connect(&api, &Orchestrator::errorOccurred, [](const OrchestratorError& e) {
    std::fprintf(stderr, "  api: %s\n", qPrintable(e.toString()));
  });
  QElapsedTimer rt;
  rt.start();
  if (!startAndWait(api, 60000)) {
    setup.cleanup();
    return 1;
  }
  const QString redisUrl = api.redisUrl();
  std::printf("engine %s, swarm nodes: %s; lab Redis %s (deployed as a service in %lld ms)\n",
              qPrintable(setup.fx.http().endpoint().describe()),
              setup.multinode ? "manager+gw1, pi1, pi2 (3 engines)" : "1 (all lab nodes on it)",
              qPrintable(redactedRedisUrl(redisUrl)), rt.elapsed());
  Events ev(redisUrl);
  api.deploy(*lab.templ("publisher"), "manager", "publisher");
  if (!ev.wait(isFirst(so.servicePrefix + "publisher"))) {
    std::fprintf(stderr, "no publisher\n");
    setup.cleanup();
    return 1;
  }
  const Idle idle = measureIdle(api);  // the API path must not poll /tasks

  LocalOptions lo;
  lo.redisUrl = redisUrl;
  LocalOrchestrator local(lab, lo);
  if (!startAndWait(local, 120000))
    std::fprintf(stderr, "bench_swarm: the local backend is not ready\n");

  const QString imageId =
      dockerCli({"image", "inspect", "-f", "{{.Id}}", "swarmlab/subscriber:latest"});
  const QStringList cliCredentials = credentialArgsLike(so.servicePrefix + "publisher");
  std::vector<Round> a, c, l;
  const ServiceTemplate sub = *lab.templ("subscriber");
  for (int i = 0; i < rounds; ++i) {
    std::printf("round %d/%d\n", i + 1, rounds);
    std::fflush(stdout);
    a.push_back(runOrchestrator(api, ev, sub, "asub", so.servicePrefix));
    c.push_back(runCli(ev, "swlbench-csub", imageId, cliCredentials, setup.node1, setup.node2));
    l.push_back(runOrchestrator(local, ev, sub, "lsub"));
  }
  printResults(rounds, a, c, l, idle, api);
  bool done = false;
  QObject scope;  // ends the connection with this function (the lambda writes a local)
  QObject::connect(&local, &LocalOrchestrator::shutdownFinished, &scope, [&] { done = true; });
  local.shutdown();
  QElapsedTimer st;
  st.start();
  while (!done && st.elapsed() < 10000) pump(20);
  if (!SwarmFixture::shutdownAndWait(&api))
    std::fprintf(stderr, "bench_swarm: swarm shutdown did not finish in 30 s\n");
  setup.cleanup();
  return 0;
}
