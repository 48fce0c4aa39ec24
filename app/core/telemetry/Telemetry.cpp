#include "Telemetry.h"

#include <QThread>

#include "RedisUrl.hpp"
#include "TelemetryWorker.h"

namespace swarmlab {

QString redactedRedisUrl(const QString& url) {
  return QString::fromStdString(redis::redactUrl(url.toStdString()));
}

Telemetry::Telemetry(TelemetryOptions options, QObject* parent)
    : QObject(parent), opt_(std::move(options)) {
  qRegisterMetaType<MetricSample>();
  qRegisterMetaType<AgentEvent>();
  qRegisterMetaType<DisplaySnapshot>();
  qRegisterMetaType<QList<DisplaySnapshot>>();
}

Telemetry::~Telemetry() { stop(); }

void Telemetry::start() {
  if (thread_) return;
  stop_ = false;
  workerDone_ = false;
  thread_ = QThread::create([this] {
    TelemetryWorker(*this).run();
    workerDone_.store(true, std::memory_order_release);
  });
  thread_->setObjectName(opt_.threadName);
  thread_->start();
}

void Telemetry::stop() {
  if (!thread_) return;
  stop_ = true;
  thread_->wait();
  (void)workerDone_.load(std::memory_order_acquire);  // pairs with the worker's last store
  delete thread_;
  thread_ = nullptr;
}

bool Telemetry::isRunning() const { return thread_ && thread_->isRunning(); }

void Telemetry::setDisplayInstances(const QStringList& instances) {
  QMutexLocker lock(&mutex_);
  displayInstances_ = instances;
}

void Telemetry::requestDrain() { drain_ = true; }

}  // namespace swarmlab
