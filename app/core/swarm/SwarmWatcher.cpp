#include "SwarmWatcher.h"

#include <QUrl>

#include <chrono>
#include <nlohmann/json.hpp>

#include "Orchestrator.h"

namespace swarmlab {
namespace {

using nlohmann::json;

// Events come in bursts (one update: several service and node events): read once per burst.
constexpr int kReloadMs = 50;

QString q(const std::string& s) { return QString::fromStdString(s); }

std::string_view view(const QByteArray& b) {
  return {b.constData(), static_cast<size_t>(b.size())};
}

QString filterParam(const json& filters) {
  return QString::fromLatin1(QUrl::toPercentEncoding(QString::fromStdString(filters.dump())));
}

qint64 wallNowUs() {
  using namespace std::chrono;
  return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace

SwarmWatcher::SwarmWatcher(SwarmEngine* engine, SwarmState* state, QString labName, QObject* parent)
    : QObject(parent), engine_(engine), state_(state), labName_(std::move(labName)) {
  servicesReload_.setSingleShot(true);
  servicesReload_.setInterval(kReloadMs);
  connect(&servicesReload_, &QTimer::timeout, this, [this] { loadServices(); });
  nodesReload_.setSingleShot(true);
  nodesReload_.setInterval(kReloadMs);
  connect(&nodesReload_, &QTimer::timeout, this, [this] { loadNodes(); });
  connect(engine_, &SwarmEngine::event, this, &SwarmWatcher::onEvent);
}

void SwarmWatcher::loadAll(std::function<void()> then) {
  loadNodes([this, then] {
    loadServices([this, then] {
      for (const QString& sid : state_->serviceIds()) requestTasks(sid);
      if (then) then();
    });
  });
}

void SwarmWatcher::loadNodes(std::function<void()> then,
                             std::function<void(const OrchestratorError&)> failed) {
  if (stopped_) return;
  engine_->call("GET", QStringLiteral("/nodes"), {}, [this, then, failed](const DockerResponse& r) {
    std::string err;
    auto nodes = r.ok() ? docker::parseNodes(view(r.body), &err) : std::nullopt;
    if (!nodes) {
      const OrchestratorError e{QStringLiteral("GET /nodes"), engine_->describe(),
                                r.ok() ? q(err) : r.message(), r.status};
      if (failed)
        failed(e);
      else if (r.status != 0)  // a transport error is the engine's outage, reported once
        emit errorOccurred(e);
      return;
    }
    state_->setNodes(std::move(*nodes));
    emit nodesChanged(state_->nodeInfos());
    if (then) then();
  });
}

void SwarmWatcher::loadServices(std::function<void()> then) {
  if (stopped_) return;
  const json filters = {{"label", {"swarmlab.lab=" + labName_.toStdString()}}};
  engine_->call(
      "GET", QStringLiteral("/services?filters=") + filterParam(filters), {},
      [this, then](const DockerResponse& r) {
        std::string err;
        auto list = r.ok() ? docker::parseServices(view(r.body), &err) : std::nullopt;
        if (!list) {
          if (r.status != 0)
            emit errorOccurred(
                {QStringLiteral("GET /services"), {}, r.ok() ? q(err) : r.message(), r.status});
          return;
        }
        state_->setServices(std::move(*list));
        emit servicesChanged(state_->serviceInfos());
        if (then) then();
      });
}

void SwarmWatcher::requestTasks(const QString& serviceId, bool again) {
  if (serviceId.isEmpty() || stopped_) return;
  if (tasksInFlight_.contains(serviceId)) {
    if (again) tasksAgain_.insert(serviceId);
    return;
  }
  tasksInFlight_.insert(serviceId);
  const json filters = {{"service", {serviceId.toStdString()}}};
  engine_->call("GET", QStringLiteral("/tasks?filters=") + filterParam(filters), {},
                [this, serviceId](const DockerResponse& r) { onTasks(serviceId, r); });
}

void SwarmWatcher::onTasks(const QString& serviceId, const DockerResponse& r) {
  tasksInFlight_.remove(serviceId);
  std::string err;
  auto list = r.ok() ? docker::parseTasks(view(r.body), &err) : std::nullopt;
  if (list) {
    const qint64 now = wallNowUs();
    for (const auto& t : *list)
      if (auto changed = state_->observe(t, now)) emit taskChanged(*changed);
    emit tasksObserved();
  } else if (r.status != 0 && r.status != 404) {
    emit errorOccurred(
        {QStringLiteral("GET /tasks"), serviceId, r.ok() ? q(err) : r.message(), r.status});
  }
  if (tasksAgain_.remove(serviceId)) requestTasks(serviceId);
}

void SwarmWatcher::onEvent(const docker::Event& e) {
  if (stopped_) return;
  if (e.type == "container") {
    if (auto changed = state_->observe(e)) emit taskChanged(*changed);
    emit tasksObserved();
  } else if (e.type == "service") {
    servicesReload_.start();
    // A task of a service whose node is not this engine changes no container here: read its
    // tasks once per service event (an event, not a timer).
    const QString sid = q(e.actorId);
    if (e.action != "remove" && !state_->serviceName(sid).isEmpty()) requestTasks(sid);
  } else if (e.type == "node") {
    nodesReload_.start();
  }
}

}  // namespace swarmlab
