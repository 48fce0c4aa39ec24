#include "ExperimentRunner.h"

#include <QLoggingCategory>

#include "Recorder.h"
#include "RunJournal.h"
#include "Telemetry.h"

namespace swarmlab {

namespace {
Q_LOGGING_CATEGORY(RunnerLog, "swarmlab.runner")
constexpr int kProgressMs = 250;
}  // namespace

ExperimentRunner::ExperimentRunner(Orchestrator* orchestrator, Telemetry* telemetry, Lab lab,
                                   Timeline timeline, RunnerOptions options, QObject* parent)
    : QObject(parent),
      orch_(orchestrator),
      telemetry_(telemetry),
      lab_(std::move(lab)),
      timeline_(std::move(timeline)),
      opt_(options) {
  if (!(opt_.durationScale > 0)) opt_.durationScale = 1.0;
  recorder_ = new Recorder(orchestrator, telemetry, this);
  if (!opt_.journalDir.isEmpty()) {
    journal_ = new RunJournal(recorder_, opt_.journalDir, this);
    connect(journal_, &RunJournal::failed, this, &ExperimentRunner::journalFailed);
  }
  progressTimer_.setInterval(kProgressMs);
  connect(&progressTimer_, &QTimer::timeout, this, [this] { emit progress(elapsedS(), totalS()); });
  endTimer_.setSingleShot(true);
  endTimer_.setTimerType(Qt::PreciseTimer);
  connect(&endTimer_, &QTimer::timeout, this, [this] { end(false); });
  guardTimer_.setSingleShot(true);
  connect(orchestrator, &Orchestrator::servicesChanged, this,
          [this](const QList<ServiceInfo>& s) { services_ = s; });
  connect(orchestrator, &Orchestrator::commandFinished, this,
          [this](quint64 id, bool ok, const OrchestratorError& e) {
            if (!ok && stepOfCommand_.contains(id))
              emit stepFailed(stepOfCommand_.value(id), e.toString());
            if (pendingStops_.remove(id) && pendingStops_.isEmpty() && phase_ == Phase::Ending) {
              guardTimer_.stop();
              finishNow();
            }
          });
}

ExperimentRunner::~ExperimentRunner() = default;

double ExperimentRunner::elapsedS() const {
  if (phase_ == Phase::Idle || !clock_.isValid()) return 0;
  return qMin(clock_.elapsed() / 1000.0, totalS());
}

void ExperimentRunner::start() {
  if (phase_ != Phase::Idle || !orch_) return;
  phase_ = Phase::Running;
  recorder_->start(timeline_.name);
  clock_.start();
  for (int i = 0; i < timeline_.steps.size(); ++i) {
    auto* t = new QTimer(this);
    t->setSingleShot(true);
    t->setTimerType(Qt::PreciseTimer);
    connect(t, &QTimer::timeout, this, [this, i] { fire(i); });
    t->start(qMax(0, qRound(timeline_.steps[i].atS * opt_.durationScale * 1000.0)));
    stepTimers_.append(t);
  }
  endTimer_.start(qRound(totalS() * 1000.0));
  progressTimer_.start();
  emit started();
  emit progress(0, totalS());
}

void ExperimentRunner::fire(int index) {
  if (phase_ != Phase::Running || !orch_) return;
  const TimelineStep& s = timeline_.steps[index];
  auto orderFor = [this, &s](const QString& service) {
    if (s.order) return *s.order;
    for (const auto& i : services_)
      if (i.name == service) return i.order;
    if (const ServiceTemplate* t = lab_.templ(templateOfService_.value(service, service)))
      return t->order;
    return UpdateOrder::StopFirst;
  };
  quint64 id = 0;
  switch (s.action) {
    case CommandKind::Deploy: {
      const ServiceTemplate* t = lab_.templ(s.templateName);
      if (!t) {
        emit stepFailed(index, tr("step %1: no service template \"%2\" in lab \"%3\"")
                                   .arg(index)
                                   .arg(s.templateName, lab_.name));
        return;
      }
      ServiceTemplate tt = *t;
      if (s.replicas > 1) tt.replicas = s.replicas;
      const QString name = s.service.isEmpty() ? QString() : s.service;
      id = orch_->deploy(tt, s.node, name);
      templateOfService_.insert(name.isEmpty() ? t->name : name, t->name);
      break;
    }
    case CommandKind::Migrate: {
      const UpdateOrder o = orderFor(s.service);
      id = orch_->migrate(s.service, s.node, o);
      recorder_->noteOrder(id, o);
      break;
    }
    case CommandKind::Restart: {
      const UpdateOrder o = orderFor(s.service);
      id = orch_->restart(s.service, o);
      recorder_->noteOrder(id, o);
      break;
    }
    case CommandKind::Stop:
      id = orch_->stop(s.service);
      break;
    case CommandKind::Scale:
      id = orch_->scale(s.service, s.replicas);
      break;
    case CommandKind::NodeDown:
      id = orch_->setNodeDown(s.node);
      break;
    case CommandKind::NodeUp:
      id = orch_->setNodeUp(s.node);
      break;
    case CommandKind::AssignNode:  // not a timeline action
      return;
  }
  stepOfCommand_.insert(id, index);
  qCDebug(RunnerLog) << "step" << index << toString(s.action) << s.service << s.node << "->" << id;
  emit stepFired(index, s, id);
}

void ExperimentRunner::abort() {
  if (phase_ == Phase::Running)
    end(true);
  else if (phase_ == Phase::Idle) {
    aborted_ = true;
    phase_ = Phase::Done;
    emit finished(recorder_->data(), true);
  }
}

void ExperimentRunner::end(bool aborted) {
  if (phase_ != Phase::Running) return;
  aborted_ = aborted;
  phase_ = Phase::Ending;
  endTimer_.stop();
  progressTimer_.stop();
  for (auto* t : stepTimers_) t->stop();
  emit progress(elapsedS(), totalS());
  emit ending();
  // Stop what the run deployed so every agent reports its final metrics and `stopped` event;
  // services it did not deploy (the user's) are left running.
  pendingStops_.clear();
  const auto services = services_;
  if (orch_) {
    for (const auto& s : services)
      if (templateOfService_.contains(s.name)) pendingStops_.insert(orch_->stop(s.name));
  }
  if (pendingStops_.isEmpty()) {
    finishNow();
    return;
  }
  connect(
      &guardTimer_, &QTimer::timeout, this,
      [this] {
        qCWarning(RunnerLog) << "services did not stop in time; finishing anyway";
        pendingStops_.clear();
        finishNow();
      },
      Qt::SingleShotConnection);
  guardTimer_.start(opt_.endStopTimeoutMs);
}

void ExperimentRunner::finishNow() {
  if (phase_ != Phase::Ending) return;
  auto done = [this] {
    if (phase_ != Phase::Ending) return;
    phase_ = Phase::Done;
    guardTimer_.stop();
    recorder_->stop(aborted_);
    emit finished(recorder_->data(), aborted_);
  };
  if (!telemetry_ || !telemetry_->isRunning()) {
    done();
    return;
  }
  // Agents write their last metrics as they stop: give them a moment to land, then drain.
  QTimer::singleShot(200, this, [this, done] {
    if (!telemetry_) return done();
    connect(telemetry_, &Telemetry::drained, this, done, Qt::SingleShotConnection);
    guardTimer_.disconnect();
    connect(&guardTimer_, &QTimer::timeout, this, done, Qt::SingleShotConnection);
    guardTimer_.start(opt_.drainTimeoutMs);
    telemetry_->requestDrain();
  });
}

}  // namespace swarmlab
