#include "SwarmEngine.h"

#include <nlohmann/json.hpp>

namespace swarmlab {
namespace {

constexpr int kReconnectMs = 2000;

QString q(const std::string& s) { return QString::fromStdString(s); }

std::string_view view(const QByteArray& b) {
  return {b.constData(), static_cast<size_t>(b.size())};
}

}  // namespace

SwarmEngine::SwarmEngine(EngineOptions options, QObject* parent)
    : QObject(parent), opt_(std::move(options)) {
  clock_.start();
  reconnect_.setSingleShot(true);
  reconnect_.setInterval(kReconnectMs);
  connect(&reconnect_, &QTimer::timeout, this, &SwarmEngine::connectEngine);
}

SwarmEngine::~SwarmEngine() {
  if (events_) events_->stop();
}

quint64 SwarmEngine::requestCount(const QString& prefix) const {
  return client_ ? client_->requestCount(prefix) : 0;
}

QString SwarmEngine::describe() const {
  return client_ ? client_->endpoint().describe() : opt_.dockerHost;
}

QString SwarmEngine::apiVersion() const { return client_ ? client_->apiVersion() : QString(); }

void SwarmEngine::start() {
  stopped_ = false;
  QString err;
  auto ep = DockerEndpoint::resolve(opt_.dockerHost, opt_.tls, &err);
  if (!ep) {
    const OrchestratorError e{QStringLiteral("connect"), opt_.dockerHost, err, 0};
    emit problem(e);
    emit reachabilityChanged(false, e.toString());
    return;
  }
  if (!client_) client_ = new DockerClient(*ep, this);
  connectEngine();
}

void SwarmEngine::stop() {
  stopped_ = true;
  reconnect_.stop();
  if (events_) events_->stop();
}

void SwarmEngine::call(const QByteArray& method, const QString& path, const QByteArray& body,
                       Callback cb, int timeoutMs) {
  client_->request(
      method, path, body,
      [this, cb = std::move(cb), outage = outages_](const DockerResponse& r) {
        if (r.status != 0) {
          lastAnswerMs_ = clock_.elapsed();
          if (down_ && isUp_ && outage == outages_) recovered();
        } else if (r.transportError != QLatin1String("cancelled")) {
          lost(r.transportError);
        }
        cb(r);
      },
      timeoutMs > 0 ? timeoutMs : opt_.requestTimeoutMs);
}

bool SwarmEngine::answering(int silentMs) const {
  if (down_ || !client_) return false;
  return client_->pending() == 0 || clock_.elapsed() - lastAnswerMs_ < silentMs;
}

void SwarmEngine::lost(const QString& why) {
  if (down_) return;  // one message per outage
  down_ = true;
  ++outages_;
  const OrchestratorError e{QStringLiteral("connect"), describe(),
                            tr("the Docker Engine does not answer: %1; reconnecting").arg(why), 0};
  report(e);
  emit reachabilityChanged(false, e.toString());
}

void SwarmEngine::recovered() {
  down_ = false;
  lastReported_.clear();
  emit reachabilityChanged(true, describe());
  emit back();
}

void SwarmEngine::report(const OrchestratorError& e) {
  const QString text = e.toString();
  if (text == lastReported_) return;
  lastReported_ = text;
  emit problem(e);
}

void SwarmEngine::connectEngine() {
  if (stopped_ || !client_) return;
  client_->negotiate(
      [this](const QString& err) {
        if (!err.isEmpty()) {
          lost(err);
          reconnect_.start();
          return;
        }
        call("GET", QStringLiteral("/info"), {}, [this](const DockerResponse& r) { onInfo(r); });
      },
      opt_.requestTimeoutMs);
}

void SwarmEngine::onInfo(const DockerResponse& r) {
  std::string perr;
  auto info = r.ok() ? docker::parseInfo(view(r.body), &perr) : std::nullopt;
  OrchestratorError trouble;
  if (!info) {
    trouble = {QStringLiteral("GET /info"), describe(), r.ok() ? q(perr) : r.message(), r.status};
  } else if (info->localNodeState != "active") {
    trouble = {QStringLiteral("connect"), describe(),
               tr("this engine is not part of a swarm (state %1); run `swarmlab-cli swarm init`")
                   .arg(q(info->localNodeState)),
               503};
  } else if (!info->controlAvailable) {
    trouble = {QStringLiteral("connect"), describe(),
               tr("this node is not a swarm manager; point DOCKER_HOST at a manager"), 503};
  }
  if (!trouble.message.isEmpty()) {
    if (r.status != 0) {  // a transport error was reported already
      report(trouble);
      emit reachabilityChanged(false, trouble.toString());
    }
    reconnect_.start();
    return;
  }
  down_ = false;
  lastReported_.clear();
  if (isUp_) return;
  isUp_ = true;
  emit reachabilityChanged(true, describe());
  qint64 engineNowNano = 0;
  if (auto us = docker::parseRfc3339Micros(info->systemTime)) engineNowNano = *us * 1000;
  startEvents(engineNowNano);
  emit up(engineNowNano);
}

void SwarmEngine::startEvents(qint64 sinceNano) {
  const nlohmann::json filters = {{"type", {"container", "service", "node"}}};
  events_ =
      new DockerEventStream(client_->endpoint(), client_->apiVersion(), q(filters.dump()), this);
  events_->setIdleLimitMs(opt_.eventIdleMs);
  connect(events_, &DockerEventStream::event, this, [this](const docker::Event& e) {
    lastAnswerMs_ = clock_.elapsed();
    emit event(e);
  });
  connect(events_, &DockerEventStream::disconnected, this, &SwarmEngine::lost);
  connect(events_, &DockerEventStream::connected, this, [this] {
    // Back after an outage: the stream replays from since=, the rest is read again. The stream's
    // ping may predate the outage (its signal is queued from the stream's thread, and a starved
    // thread reports late): a request of this outage must be answered first, as in call().
    if (down_) call("GET", QStringLiteral("/_ping"), {}, [](const DockerResponse&) {});
  });
  connect(events_, &DockerEventStream::badLine, this,
          [this](const QString& why, const QByteArray&) {
            emit problem({QStringLiteral("GET /events"), tr("event line"), why, 0});
          });
  events_->start(sinceNano);
}

}  // namespace swarmlab
