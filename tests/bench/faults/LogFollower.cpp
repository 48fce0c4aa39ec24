#include "LogFollower.h"

#include <QElapsedTimer>
#include <QSet>
#include <QThread>
#include <QUrl>

#include <nlohmann/json.hpp>

#include "DockerHttp.h"

namespace swarmlab::bench {

namespace {

// The payload of a non-TTY container log: frames of [stream, 0, 0, 0, size (big endian)] + data;
// stream 1 is stdout, 2 stderr.
void demultiplex(LogFollower::TaskLog* log) {
  const QByteArray b = log->out;
  log->out.clear();
  for (qsizetype i = 0; i + 8 <= b.size();) {
    const auto* h = reinterpret_cast<const uchar*>(b.constData() + i);
    const qsizetype n =
        qsizetype(h[4]) << 24 | qsizetype(h[5]) << 16 | qsizetype(h[6]) << 8 | qsizetype(h[7]);
    (h[0] == 2 ? log->err : log->out) += b.mid(i + 8, n);
    i += 8 + n;
  }
}

std::unique_ptr<DockerHttp> engine(const QString& endpoint, const std::atomic<bool>* cancel) {
  auto ep = DockerEndpoint::resolve(endpoint, nullptr);
  if (!ep) return nullptr;
  auto h = std::make_unique<DockerHttp>(*ep);
  h->setApiVersion(QStringLiteral("1.41"));
  h->setCancelFlag(cancel);
  return h;
}

}  // namespace

LogFollower::LogFollower(const QString& lab, const QStringList& services,
                         const QStringList& endpoints)
    : lab_(lab), services_(services) {
  for (const auto& ep : endpoints) watchers_.emplace_back([this, ep] { watch(ep); });
}

LogFollower::~LogFollower() { finish(0); }

void LogFollower::watch(const QString& endpoint) {
  auto h = engine(endpoint, &cancel_);
  if (!h) return;
  QSet<QString> seen;
  while (!stopWatching_) {
    for (const auto& svc : services_) {
      nlohmann::json f = {
          {"label",
           {"swarmlab.lab=" + lab_.toStdString(), "swarmlab.service=" + svc.toStdString()}}};
      const DockerResponse r = h->request(
          "GET",
          "/containers/json?all=1&filters=" +
              QString::fromLatin1(QUrl::toPercentEncoding(QString::fromStdString(f.dump()))),
          {}, 2000);
      const auto list =
          r.ok() ? nlohmann::json::parse(r.body.toStdString(), nullptr, false) : nlohmann::json();
      for (const auto& c : list.is_array() ? list : nlohmann::json::array()) {
        const QString id = QString::fromStdString(c.value("Id", std::string()));
        // A container not started yet has no log to follow: the stream would end at once.
        if (id.isEmpty() || seen.contains(id) || c.value("State", std::string()) == "created")
          continue;
        seen.insert(id);
        const auto labels = c.value("Labels", nlohmann::json::object());
        std::lock_guard<std::mutex> lock(m_);
        logs_.insert(
            id, {QString::fromStdString(labels.value("com.docker.swarm.task.name", std::string())),
                 endpoint,
                 {},
                 {},
                 {}});
        ++streaming_;
        followers_.emplace_back([this, endpoint, id] { follow(endpoint, id); });
      }
    }
    QThread::msleep(200);
  }
}

void LogFollower::follow(const QString& endpoint, const QString& id) {
  auto h = engine(endpoint, &cancel_);
  const DockerResponse r = h->stream(
      "/containers/" + id + "/logs?follow=1&stdout=1&stderr=1",
      [&](const char* d, size_t n) {
        std::lock_guard<std::mutex> lock(m_);
        logs_[id].out.append(d, qsizetype(n));
      },
      0, 5000);
  std::lock_guard<std::mutex> lock(m_);
  if (!r.ok()) logs_[id].error = r.message();
  --streaming_;
}

QList<LogFollower::TaskLog> LogFollower::finish(int waitMs) {
  stopWatching_ = true;
  for (auto& t : watchers_) t.join();
  watchers_.clear();
  QElapsedTimer t;
  t.start();
  while (streaming_ > 0 && t.elapsed() < waitMs) QThread::msleep(50);
  cancel_ = true;
  for (auto& f : followers_) f.join();
  followers_.clear();
  QList<TaskLog> out;
  for (auto log : std::as_const(logs_)) {
    demultiplex(&log);
    out << log;
  }
  return out;
}

}  // namespace swarmlab::bench
