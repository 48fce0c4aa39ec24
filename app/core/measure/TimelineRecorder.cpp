#include "TimelineRecorder.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace swarmlab {

namespace {
/// Step times are kept to the millisecond: finer means nothing for a timer-driven replay.
double roundMs(double s) { return std::round(s * 1000.0) / 1000.0; }

bool recordable(CommandKind k) {
  switch (k) {
    case CommandKind::Deploy:
    case CommandKind::Migrate:
    case CommandKind::Restart:
    case CommandKind::Stop:
    case CommandKind::Scale:
    case CommandKind::NodeDown:
    case CommandKind::NodeUp:
      return true;
    case CommandKind::AssignNode:  // machine set-up, not an experiment step
      break;
  }
  return false;
}
}  // namespace

TimelineRecorder::TimelineRecorder(Orchestrator* orchestrator, Lab lab, QString labPath,
                                   QObject* parent)
    : QObject(parent), orch_(orchestrator), lab_(std::move(lab)), labPath_(std::move(labPath)) {
  if (!orchestrator) return;
  connect(orchestrator, &Orchestrator::commandIssued, this, &TimelineRecorder::onIssued);
  connect(orchestrator, &Orchestrator::commandFinished, this,
          [this](quint64 id, bool ok, const OrchestratorError&) { onFinished(id, ok); });
  connect(orchestrator, &Orchestrator::servicesChanged, this, &TimelineRecorder::onServices);
}

qint64 TimelineRecorder::nowUs() {
  // The clock of Orchestrator::commandIssued (wall clock, microseconds).
  using namespace std::chrono;
  return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

void TimelineRecorder::start(const QList<ServiceInfo>& services, const QList<NodeInfo>& nodes) {
  entries_.clear();
  skipped_.clear();
  services_.clear();
  for (const auto& s : services) services_.insert(s.name, s);
  recording_ = true;
  startUs_ = nowUs();
  stopUs_ = 0;
  for (const auto& s : services) {
    const QString templ = templateOf(s.name);
    if (!lab_.templ(templ)) {
      skipped_ << QStringLiteral("%1: template \"%2\" is not in lab %3")
                      .arg(s.name, s.templateName, lab_.name);
      continue;
    }
    TimelineStep st;
    st.action = CommandKind::Deploy;
    st.service = s.name;
    st.templateName = templ;
    st.node = s.node;
    st.replicas = qMax(1, s.replicas);
    entries_.append({0, st, true});
  }
  for (const auto& n : nodes) {
    if (n.state != NodeState::Down) continue;
    TimelineStep st;
    st.action = CommandKind::NodeDown;
    st.node = n.name;
    entries_.append({0, st, true});
  }
  emit stepsChanged();
}

void TimelineRecorder::stop() {
  if (!recording_) return;
  recording_ = false;
  stopUs_ = nowUs();
  emit stepsChanged();
}

double TimelineRecorder::elapsedS() const {
  if (startUs_ == 0) return 0;
  return double((recording_ ? nowUs() : stopUs_) - startUs_) / 1e6;
}

void TimelineRecorder::onIssued(quint64 id, CommandKind kind, const QString& service,
                                const QString& node, qint64 tUs) {
  if (!recording_ || !recordable(kind)) return;
  TimelineStep st;
  st.atS = qMax(0.0, roundMs(double(tUs - startUs_) / 1e6));
  st.action = kind;
  st.service = service;
  if (kind != CommandKind::Restart && kind != CommandKind::Stop && kind != CommandKind::Scale)
    st.node = node;
  const auto known = services_.constFind(service);
  // The order the console uses is the service's own (LabController): say it explicitly.
  if ((kind == CommandKind::Migrate || kind == CommandKind::Restart) &&
      known != services_.constEnd())
    st.order = known->order;
  entries_.append({id, st, false});
  emit stepsChanged();
}

void TimelineRecorder::onFinished(quint64 id, bool ok) {
  for (int i = 0; i < entries_.size(); ++i) {
    if (entries_[i].id != id || entries_[i].finished) continue;
    if (!ok) {
      entries_.removeAt(i);
    } else {
      entries_[i].finished = true;
      takeReplicas(entries_[i]);
    }
    emit stepsChanged();
    return;
  }
}

void TimelineRecorder::onServices(const QList<ServiceInfo>& services) {
  for (const auto& s : services) services_.insert(s.name, s);
  for (auto& e : entries_)
    if (!e.finished) takeReplicas(e);
}

void TimelineRecorder::takeReplicas(Entry& e) const {
  // commandIssued does not carry a deploy's or a scale's replica count: the backend's next
  // report of the service does.
  if (e.step.action != CommandKind::Deploy && e.step.action != CommandKind::Scale) return;
  const auto it = services_.constFind(e.step.service);
  if (it == services_.constEnd()) return;
  e.step.replicas = e.step.action == CommandKind::Deploy ? qMax(1, it->replicas) : it->replicas;
}

QString TimelineRecorder::templateOf(const QString& service) const {
  const auto it = services_.constFind(service);
  if (it != services_.constEnd() && lab_.templ(it->templateName)) return it->templateName;
  // "subscriber-2" was deployed from "subscriber": the longest template name it starts with.
  QString best;
  for (const auto& t : lab_.templates)
    if ((service == t.name || service.startsWith(t.name + QLatin1Char('-'))) &&
        t.name.size() > best.size())
      best = t.name;
  return best;
}

QList<TimelineStep> TimelineRecorder::steps() const {
  QList<TimelineStep> out;
  for (const auto& e : entries_) {
    TimelineStep st = e.step;
    if (st.action == CommandKind::Deploy && st.templateName.isEmpty())
      st.templateName = templateOf(st.service);
    out << st;
  }
  // Issue times come in order, but keep the file's rule (steps in time order) whatever happens.
  std::stable_sort(out.begin(), out.end(),
                   [](const TimelineStep& a, const TimelineStep& b) { return a.atS < b.atS; });
  return out;
}

Timeline TimelineRecorder::timeline(const QString& name) const {
  Timeline t;
  t.name = name;
  t.labPath = labPath_;
  t.steps = steps();
  const QString when = QDateTime::fromMSecsSinceEpoch(startUs_ / 1000)
                           .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
  t.description =
      QStringLiteral("Recorded in the console on %1 (%2 steps).").arg(when).arg(t.steps.size());
  const double last = t.steps.isEmpty() ? 0 : t.steps.last().atS;
  t.durationS = std::ceil(qMax(elapsedS(), last + 1.0));
  return t;
}

QString TimelineRecorder::nameFromFile(const QString& path) {
  QString base = QFileInfo(path).completeBaseName();
  base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
  while (base.startsWith(QLatin1Char('-')) || base.startsWith(QLatin1Char('_'))) base.remove(0, 1);
  base.truncate(63);
  return base.isEmpty() ? QStringLiteral("recorded") : base;
}

}  // namespace swarmlab
