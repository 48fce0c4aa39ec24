#include "Timeline.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <QSaveFile>
#include <QSet>

#include "JsonCheck.h"
#include "LabFile.h"

namespace swarmlab {

namespace {

using jsoncheck::Checker;
using jsoncheck::describe;
using jsoncheck::quoted;

const QList<CommandKind> kActions = {
    CommandKind::Deploy, CommandKind::Migrate,  CommandKind::Restart, CommandKind::Stop,
    CommandKind::Scale,  CommandKind::NodeDown, CommandKind::NodeUp};

QString actionNames() {
  QStringList s;
  for (auto a : kActions) s << toString(a);
  return s.join(QStringLiteral(", "));
}

QString layerList(const QList<Layer>& ls) {
  QStringList s;
  for (auto l : ls) s << toString(l);
  return s.join(QStringLiteral(", "));
}

QString fmtS(double s) { return QString::number(s, 'g', 10); }

/// Keys each action takes besides at_s and action; the first `required` are required.
struct ActionKeys {
  QStringList keys;
  QStringList required;
};

ActionKeys keysFor(CommandKind a) {
  const QString svc = QStringLiteral("service"), tpl = QStringLiteral("template"),
                node = QStringLiteral("node"), rep = QStringLiteral("replicas"),
                ord = QStringLiteral("order");
  switch (a) {
    case CommandKind::Deploy:
      return {{svc, tpl, node, rep, ord}, {tpl, node}};
    case CommandKind::Migrate:
      return {{svc, node, ord}, {svc, node}};
    case CommandKind::Restart:
      return {{svc, ord}, {svc}};
    case CommandKind::Stop:
      return {{svc}, {svc}};
    case CommandKind::Scale:
      return {{svc, rep}, {svc, rep}};
    case CommandKind::NodeDown:
    case CommandKind::NodeUp:
      return {{node}, {node}};
    case CommandKind::AssignNode:  // the console's, never in a timeline
      break;
  }
  return {};
}

/// The steps of a timeline file: each checked (time order, action, the keys its action takes)
/// and, for a deploy without one, given a free default service name.
class StepParser {
 public:
  /// durationS: the timeline's duration when given (0: not checked against it).
  StepParser(Checker& c, double durationS, std::optional<UpdateOrder> defaultOrder)
      : c_(c), durationS_(durationS), defaultOrder_(defaultOrder) {}

  /// The step at path sp, or nullopt (reported) when it has problems.
  std::optional<TimelineStep> parse(const QJsonValue& v, const QString& sp) {
    if (!v.isObject()) {
      c_.error(sp, QStringLiteral("a step object {at_s, action, ...}"), describe(v));
      return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    const int before = c_.errors().size();
    TimelineStep st;
    parseTime(o, sp, &st);
    std::optional<CommandKind> kind;
    if (auto a = c_.string(o, QStringLiteral("action"), sp, true)) {
      kind = commandKindFromString(*a);
      if (!kind)
        c_.error(sp + QStringLiteral(".action"), QStringLiteral("one of %1").arg(actionNames()),
                 quoted(*a));
    }
    if (!kind) return std::nullopt;
    st.action = *kind;
    parseFields(o, sp, &st);
    if (c_.errors().size() != before) return std::nullopt;
    nameService(&st);
    return st;
  }

 private:
  void parseTime(const QJsonObject& o, const QString& sp, TimelineStep* st) {
    const auto at = c_.number(o, QStringLiteral("at_s"), sp, true, 0, 7 * 86400.0);
    if (!at) return;
    st->atS = *at;
    if (*at < prevAt_)
      c_.error(sp + QStringLiteral(".at_s"),
               QStringLiteral("at least %1 (steps in time order)").arg(fmtS(prevAt_)),
               describe(*at));
    else if (durationS_ > 0 && *at >= durationS_)
      c_.error(sp + QStringLiteral(".at_s"),
               QStringLiteral("less than the duration %1 s").arg(fmtS(durationS_)), describe(*at));
    prevAt_ = std::max(prevAt_, *at);
  }

  void parseFields(const QJsonObject& o, const QString& sp, TimelineStep* st) {
    const ActionKeys ak = keysFor(st->action);
    c_.knownKeys(o, sp, QStringList{QStringLiteral("at_s"), QStringLiteral("action")} + ak.keys);
    const auto req = [&](const QString& k) { return ak.required.contains(k); };
    const auto has = [&](const QString& k) { return ak.keys.contains(k); };
    for (const auto& [key, field] : {std::pair{QStringLiteral("service"), &st->service},
                                     std::pair{QStringLiteral("template"), &st->templateName},
                                     std::pair{QStringLiteral("node"), &st->node}})
      if (has(key))
        if (auto s = c_.name(o, key, sp, req(key))) *field = *s;
    const QString rep = QStringLiteral("replicas");
    if (has(rep))
      if (auto n = c_.integer(o, rep, sp, req(rep), st->action == CommandKind::Scale ? 0 : 1, 64))
        st->replicas = int(*n);
    if (!has(QStringLiteral("order"))) return;
    if (auto s = c_.string(o, QStringLiteral("order"), sp, false)) {
      st->order = updateOrderFromString(*s);
      if (!st->order)
        c_.error(sp + QStringLiteral(".order"), QStringLiteral("one of stop-first, start-first"),
                 quoted(*s));
    }
    if (!st->order && (st->action == CommandKind::Migrate || st->action == CommandKind::Restart))
      st->order = defaultOrder_;
  }

  /// A deploy without a service name gets the template's name, else "<template>-<n>" with the
  /// next free n; names stopped before are free again.
  void nameService(TimelineStep* st) {
    if (st->action == CommandKind::Stop) live_.remove(st->service);
    if (st->action != CommandKind::Deploy) return;
    const QString& templ = st->templateName;
    if (st->service.isEmpty()) {
      QString name = templ;
      for (int k = std::max(2, used_.value(templ) + 1); live_.contains(name); ++k)
        name = QStringLiteral("%1-%2").arg(templ).arg(k);
      st->service = name;
    }
    live_.insert(st->service);
    if (st->service == templ)
      used_[templ] = std::max(used_.value(templ), 1);
    else if (st->service.startsWith(templ + QLatin1Char('-')))
      used_[templ] = std::max(used_.value(templ), st->service.mid(templ.size() + 1).toInt());
  }

  Checker& c_;
  double durationS_;
  std::optional<UpdateOrder> defaultOrder_;
  double prevAt_ = 0;
  QSet<QString> live_;       ///< service names in use, for default names
  QMap<QString, int> used_;  ///< template -> highest suffix given
};

}  // namespace

std::optional<CommandKind> commandKindFromString(const QString& s) {
  for (auto a : kActions)
    if (toString(a) == s) return a;
  return std::nullopt;
}

bool canPlace(const ServiceTemplate& t, const NodeSpec& node, QString* why) {
  if (!t.layers.isEmpty() && !t.layers.contains(node.layer)) {
    if (why)
      *why = QStringLiteral("%1 runs on the %2 layer, %3 is %4")
                 .arg(t.name, layerList(t.layers), node.name, toString(node.layer));
    return false;
  }
  if (!t.archs.isEmpty() && !t.archs.contains(node.arch)) {
    if (why)
      *why = QStringLiteral("%1 exists for %2, %3 is %4")
                 .arg(t.name, t.archs.join(QStringLiteral(", ")), node.name,
                      node.arch.isEmpty() ? QStringLiteral("of unknown arch") : node.arch);
    return false;
  }
  for (const auto& need : t.needs) {
    if (!node.capabilities.contains(need)) {
      if (why)
        *why = QStringLiteral("%1 needs capability %2, %3 has %4")
                   .arg(t.name, need, node.name,
                        node.capabilities.isEmpty() ? QStringLiteral("none")
                                                    : node.capabilities.join(QStringLiteral(", ")));
      return false;
    }
  }
  if (why) why->clear();
  return true;
}

TimelineLoadResult parseTimeline(const QByteArray& json, const QString& sourceName) {
  Checker c(sourceName);
  Timeline tl;
  tl.sourcePath = sourceName;
  auto root = jsoncheck::parseObject(json, kMaxTimelineFileBytes, c);
  if (!root) return jsoncheck::finish(c, &TimelineLoadResult::timeline, std::move(tl));
  const QString p = QStringLiteral("$");
  c.knownKeys(*root, p,
              {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("lab"),
               QStringLiteral("duration_s"), QStringLiteral("order"), QStringLiteral("steps")});
  if (auto s = c.name(*root, QStringLiteral("name"), p, true)) tl.name = *s;
  if (auto s = c.string(*root, QStringLiteral("description"), p, false, false)) tl.description = *s;
  if (auto s = c.string(*root, QStringLiteral("lab"), p, true)) tl.labPath = *s;
  const bool haveDuration = root->contains(QStringLiteral("duration_s"));
  if (auto d = c.number(*root, QStringLiteral("duration_s"), p, true, 0.001, 7 * 86400.0))
    tl.durationS = *d;
  std::optional<UpdateOrder> defaultOrder;
  if (auto s = c.string(*root, QStringLiteral("order"), p, false)) {
    defaultOrder = updateOrderFromString(*s);
    if (!defaultOrder)
      c.error(QStringLiteral("$.order"), QStringLiteral("one of stop-first, start-first"),
              quoted(*s));
  }
  if (auto steps =
          c.array(*root, QStringLiteral("steps"), p, true, QStringLiteral("an array of steps"))) {
    StepParser sp(c, haveDuration ? tl.durationS : 0, defaultOrder);
    for (int i = 0; i < steps->size(); ++i)
      if (auto st = sp.parse(steps->at(i), QStringLiteral("$.steps[%1]").arg(i))) tl.steps << *st;
  }
  return jsoncheck::finish(c, &TimelineLoadResult::timeline, std::move(tl));
}

TimelineLoadResult loadTimelineFile(const QString& path) {
  TimelineLoadResult r =
      jsoncheck::loadFile<TimelineLoadResult>(path, kMaxTimelineFileBytes, parseTimeline);
  if (r.timeline) {
    const QFileInfo fi(path);
    r.timeline->sourcePath = fi.absoluteFilePath();
    if (QFileInfo(r.timeline->labPath).isRelative())
      r.timeline->labPath = QDir::cleanPath(fi.absoluteDir().filePath(r.timeline->labPath));
  }
  return r;
}

QByteArray timelineToJson(const Timeline& timeline) {
  QJsonObject root;
  root.insert(QStringLiteral("name"), timeline.name);
  if (!timeline.description.isEmpty())
    root.insert(QStringLiteral("description"), timeline.description);
  root.insert(QStringLiteral("lab"), timeline.labPath);
  root.insert(QStringLiteral("duration_s"), timeline.durationS);
  QJsonArray steps;
  for (const auto& st : timeline.steps) {
    QJsonObject o;
    o.insert(QStringLiteral("at_s"), st.atS);
    o.insert(QStringLiteral("action"), toString(st.action));
    const ActionKeys ak = keysFor(st.action);
    if (ak.keys.contains(QStringLiteral("template")) && !st.templateName.isEmpty())
      o.insert(QStringLiteral("template"), st.templateName);
    if (ak.keys.contains(QStringLiteral("service")) && !st.service.isEmpty())
      o.insert(QStringLiteral("service"), st.service);
    if (ak.keys.contains(QStringLiteral("node")) && !st.node.isEmpty())
      o.insert(QStringLiteral("node"), st.node);
    if (ak.keys.contains(QStringLiteral("replicas")) &&
        (st.action == CommandKind::Scale || st.replicas != 1))
      o.insert(QStringLiteral("replicas"), st.replicas);
    if (ak.keys.contains(QStringLiteral("order")) && st.order)
      o.insert(QStringLiteral("order"), toString(*st.order));
    steps.append(o);
  }
  root.insert(QStringLiteral("steps"), steps);
  return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool saveTimelineFile(const Timeline& timeline, const QString& path, QString* error) {
  Timeline t = timeline;
  if (!t.labPath.isEmpty() && QFileInfo(t.labPath).isAbsolute())
    t.labPath = QFileInfo(path).absoluteDir().relativeFilePath(t.labPath);
  QSaveFile f(path);
  const QByteArray data = timelineToJson(t);
  if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
    if (error) *error = QStringLiteral("%1: cannot write: %2").arg(path, f.errorString());
    return false;
  }
  return true;
}

namespace {

/// Replays a timeline's steps against a lab: which services exist where, which nodes are down.
class LabReplay {
 public:
  LabReplay(Checker& c, const Lab& lab) : c_(c), lab_(lab) {
    QStringList nodeNames;
    for (const auto& n : lab.nodes) nodeNames << n.name;
    nodesWhat_ =
        QStringLiteral("a node of lab %1 (%2)").arg(lab.name, nodeNames.join(QStringLiteral(", ")));
  }

  void step(const TimelineStep& st, const QString& sp) {
    st_ = &st;
    sp_ = sp;
    switch (st.action) {
      case CommandKind::Deploy:
        deploy();
        break;
      case CommandKind::Migrate:
        migrate();
        break;
      case CommandKind::Restart:
      case CommandKind::Scale:
        needService();
        break;
      case CommandKind::Stop:
        if (needService()) services_.remove(st.service);
        break;
      case CommandKind::NodeDown:
      case CommandKind::NodeUp:
        power(st.action == CommandKind::NodeUp);
        break;
      case CommandKind::AssignNode:  // the console's, never in a timeline
        break;
    }
  }

 private:
  struct Svc {
    QString templ;
    QString node;
  };

  QString at() const { return fmtS(st_->atS); }

  const Svc* needService() {
    auto it = services_.constFind(st_->service);
    if (it != services_.constEnd()) return &*it;
    const QStringList names = services_.keys();
    c_.error(
        sp_ + QStringLiteral(".service"),
        QStringLiteral("a service deployed before %1 s (deployed: %2)")
            .arg(at(), names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))),
        quoted(st_->service));
    return nullptr;
  }

  const NodeSpec* needNode() {
    const NodeSpec* n = lab_.node(st_->node);
    if (!n) c_.error(sp_ + QStringLiteral(".node"), nodesWhat_, quoted(st_->node));
    return n;
  }

  void checkPlacement(const ServiceTemplate& t, const NodeSpec& n) {
    QString why;
    if (!canPlace(t, n, &why))
      c_.error(sp_ + QStringLiteral(".node"), QStringLiteral("a node %1 may run on").arg(t.name),
               QStringLiteral("%1 (%2)").arg(quoted(n.name), why));
    else if (down_.contains(n.name))
      c_.error(sp_ + QStringLiteral(".node"), QStringLiteral("a node that is up at %1 s").arg(at()),
               QStringLiteral("%1, powered off by an earlier node_down").arg(quoted(n.name)));
  }

  void deploy() {
    const ServiceTemplate* t = lab_.templ(st_->templateName);
    if (!t) {
      QStringList names;
      for (const auto& x : lab_.templates) names << x.name;
      c_.error(sp_ + QStringLiteral(".template"),
               QStringLiteral("a template of lab %1 (%2)")
                   .arg(lab_.name, names.join(QStringLiteral(", "))),
               quoted(st_->templateName));
    }
    const NodeSpec* n = needNode();
    if (t && n) checkPlacement(*t, *n);
    if (services_.contains(st_->service))
      c_.error(sp_ + QStringLiteral(".service"),
               QStringLiteral("a service name not in use at %1 s").arg(at()), quoted(st_->service));
    else if (t)
      services_.insert(st_->service, {t->name, st_->node});
  }

  void migrate() {
    const Svc* s = needService();
    const NodeSpec* n = needNode();
    if (!s || !n) return;
    if (const ServiceTemplate* t = lab_.templ(s->templ)) checkPlacement(*t, *n);
    if (s->node == st_->node)
      c_.error(sp_ + QStringLiteral(".node"),
               QStringLiteral("a node other than the one %1 runs on").arg(st_->service),
               quoted(st_->node));
    services_[st_->service].node = st_->node;
  }

  void power(bool up) {
    if (!needNode()) return;
    const QString& node = st_->node;
    if (up && !down_.contains(node))
      c_.error(sp_ + QStringLiteral(".node"),
               QStringLiteral("a node that is down at %1 s").arg(at()),
               QStringLiteral("%1, which is up").arg(quoted(node)));
    else if (!up && down_.contains(node))
      c_.error(sp_ + QStringLiteral(".node"), QStringLiteral("a node that is up at %1 s").arg(at()),
               QStringLiteral("%1, already down").arg(quoted(node)));
    if (up)
      down_.remove(node);
    else
      down_.insert(node);
  }

  Checker& c_;
  const Lab& lab_;
  QString nodesWhat_;
  QMap<QString, Svc> services_;
  QSet<QString> down_;
  const TimelineStep* st_ = nullptr;
  QString sp_;
};

}  // namespace

QStringList checkTimelineAgainstLab(const Timeline& timeline, const Lab& lab) {
  Checker c(timeline.sourcePath.isEmpty() ? timeline.name : timeline.sourcePath);
  LabReplay replay(c, lab);
  for (int i = 0; i < timeline.steps.size(); ++i)
    replay.step(timeline.steps[i], QStringLiteral("$.steps[%1]").arg(i));
  return c.errors();
}

}  // namespace swarmlab
