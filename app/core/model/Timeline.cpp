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

  auto steps =
      c.array(*root, QStringLiteral("steps"), p, true, QStringLiteral("an array of steps"));
  double prevAt = 0;
  QSet<QString> live;       // service names in use, for default names
  QMap<QString, int> used;  // template -> highest suffix given
  if (steps) {
    for (int i = 0; i < steps->size(); ++i) {
      const QString sp = QStringLiteral("$.steps[%1]").arg(i);
      const QJsonValue v = steps->at(i);
      if (!v.isObject()) {
        c.error(sp, QStringLiteral("a step object {at_s, action, ...}"), describe(v));
        continue;
      }
      const QJsonObject o = v.toObject();
      const int before = c.errors().size();
      TimelineStep st;
      if (auto at = c.number(o, QStringLiteral("at_s"), sp, true, 0, 7 * 86400.0)) {
        st.atS = *at;
        if (*at < prevAt)
          c.error(sp + QStringLiteral(".at_s"),
                  QStringLiteral("at least %1 (steps in time order)").arg(fmtS(prevAt)),
                  describe(*at));
        else if (haveDuration && tl.durationS > 0 && *at >= tl.durationS)
          c.error(sp + QStringLiteral(".at_s"),
                  QStringLiteral("less than the duration %1 s").arg(fmtS(tl.durationS)),
                  describe(*at));
        prevAt = std::max(prevAt, *at);
      }
      auto a = c.string(o, QStringLiteral("action"), sp, true);
      std::optional<CommandKind> kind;
      if (a) {
        kind = commandKindFromString(*a);
        if (!kind)
          c.error(sp + QStringLiteral(".action"), QStringLiteral("one of %1").arg(actionNames()),
                  quoted(*a));
      }
      if (!kind) {
        continue;
      }
      st.action = *kind;
      const ActionKeys ak = keysFor(*kind);
      c.knownKeys(o, sp, QStringList{QStringLiteral("at_s"), QStringLiteral("action")} + ak.keys);
      const auto req = [&](const QString& k) { return ak.required.contains(k); };
      const auto has = [&](const QString& k) { return ak.keys.contains(k); };
      if (has(QStringLiteral("service")))
        if (auto s = c.name(o, QStringLiteral("service"), sp, req(QStringLiteral("service"))))
          st.service = *s;
      if (has(QStringLiteral("template")))
        if (auto s = c.name(o, QStringLiteral("template"), sp, req(QStringLiteral("template"))))
          st.templateName = *s;
      if (has(QStringLiteral("node")))
        if (auto s = c.name(o, QStringLiteral("node"), sp, req(QStringLiteral("node"))))
          st.node = *s;
      if (has(QStringLiteral("replicas")))
        if (auto n = c.integer(o, QStringLiteral("replicas"), sp, req(QStringLiteral("replicas")),
                               *kind == CommandKind::Scale ? 0 : 1, 64))
          st.replicas = int(*n);
      if (has(QStringLiteral("order"))) {
        if (auto s = c.string(o, QStringLiteral("order"), sp, false)) {
          st.order = updateOrderFromString(*s);
          if (!st.order)
            c.error(sp + QStringLiteral(".order"), QStringLiteral("one of stop-first, start-first"),
                    quoted(*s));
        }
        if (!st.order && (*kind == CommandKind::Migrate || *kind == CommandKind::Restart))
          st.order = defaultOrder;
      }
      if (c.errors().size() != before) continue;
      if (*kind == CommandKind::Deploy) {
        if (st.service.isEmpty()) {
          QString name = st.templateName;
          for (int k = std::max(2, used.value(st.templateName) + 1); live.contains(name); ++k)
            name = QStringLiteral("%1-%2").arg(st.templateName).arg(k);
          st.service = name;
        }
        live.insert(st.service);
        if (st.service == st.templateName)
          used[st.templateName] = std::max(used.value(st.templateName), 1);
        else if (st.service.startsWith(st.templateName + QLatin1Char('-')))
          used[st.templateName] = std::max(used.value(st.templateName),
                                           st.service.mid(st.templateName.size() + 1).toInt());
      } else if (*kind == CommandKind::Stop) {
        live.remove(st.service);
      }
      tl.steps << st;
    }
  }
  return jsoncheck::finish(c, &TimelineLoadResult::timeline, std::move(tl));
}

TimelineLoadResult loadTimelineFile(const QString& path) {
  TimelineLoadResult r;
  auto data = jsoncheck::readLimited(path, kMaxTimelineFileBytes, &r.errors);
  if (!data) return r;
  r = parseTimeline(*data, path);
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

QStringList checkTimelineAgainstLab(const Timeline& timeline, const Lab& lab) {
  Checker c(timeline.sourcePath.isEmpty() ? timeline.name : timeline.sourcePath);
  struct Svc {
    QString templ;
    QString node;
  };
  QMap<QString, Svc> services;
  QSet<QString> down;
  QStringList nodeNames, templNames;
  for (const auto& n : lab.nodes) nodeNames << n.name;
  for (const auto& t : lab.templates) templNames << t.name;
  const QString nodesWhat =
      QStringLiteral("a node of lab %1 (%2)").arg(lab.name, nodeNames.join(QStringLiteral(", ")));

  for (int i = 0; i < timeline.steps.size(); ++i) {
    const TimelineStep& st = timeline.steps[i];
    const QString sp = QStringLiteral("$.steps[%1]").arg(i);
    const auto deployedNow = [&]() {
      QStringList s = services.keys();
      return s.isEmpty() ? QStringLiteral("none") : s.join(QStringLiteral(", "));
    };
    const auto needService = [&]() -> const Svc* {
      auto it = services.constFind(st.service);
      if (it != services.constEnd()) return &*it;
      c.error(sp + QStringLiteral(".service"),
              QStringLiteral("a service deployed before %1 s (deployed: %2)")
                  .arg(fmtS(st.atS), deployedNow()),
              quoted(st.service));
      return nullptr;
    };
    const auto needNode = [&]() -> const NodeSpec* {
      const NodeSpec* n = lab.node(st.node);
      if (!n) c.error(sp + QStringLiteral(".node"), nodesWhat, quoted(st.node));
      return n;
    };
    const auto checkPlacement = [&](const ServiceTemplate& t, const NodeSpec& n) {
      QString why;
      if (!canPlace(t, n, &why))
        c.error(sp + QStringLiteral(".node"), QStringLiteral("a node %1 may run on").arg(t.name),
                QStringLiteral("%1 (%2)").arg(quoted(n.name), why));
      else if (down.contains(n.name))
        c.error(sp + QStringLiteral(".node"),
                QStringLiteral("a node that is up at %1 s").arg(fmtS(st.atS)),
                QStringLiteral("%1, powered off by an earlier node_down").arg(quoted(n.name)));
    };

    switch (st.action) {
      case CommandKind::Deploy: {
        const ServiceTemplate* t = lab.templ(st.templateName);
        if (!t)
          c.error(sp + QStringLiteral(".template"),
                  QStringLiteral("a template of lab %1 (%2)")
                      .arg(lab.name, templNames.join(QStringLiteral(", "))),
                  quoted(st.templateName));
        const NodeSpec* n = needNode();
        if (t && n) checkPlacement(*t, *n);
        if (services.contains(st.service))
          c.error(sp + QStringLiteral(".service"),
                  QStringLiteral("a service name not in use at %1 s").arg(fmtS(st.atS)),
                  quoted(st.service));
        else if (t)
          services.insert(st.service, {t->name, st.node});
        break;
      }
      case CommandKind::Migrate: {
        const Svc* s = needService();
        const NodeSpec* n = needNode();
        if (s && n) {
          if (const ServiceTemplate* t = lab.templ(s->templ)) checkPlacement(*t, *n);
          if (s->node == st.node)
            c.error(sp + QStringLiteral(".node"),
                    QStringLiteral("a node other than the one %1 runs on").arg(st.service),
                    quoted(st.node));
          services[st.service].node = st.node;
        }
        break;
      }
      case CommandKind::Restart:
      case CommandKind::Scale:
        needService();
        break;
      case CommandKind::Stop:
        if (needService()) services.remove(st.service);
        break;
      case CommandKind::NodeDown:
        if (needNode()) {
          if (down.contains(st.node))
            c.error(sp + QStringLiteral(".node"),
                    QStringLiteral("a node that is up at %1 s").arg(fmtS(st.atS)),
                    QStringLiteral("%1, already down").arg(quoted(st.node)));
          down.insert(st.node);
        }
        break;
      case CommandKind::NodeUp:
        if (needNode()) {
          if (!down.contains(st.node))
            c.error(sp + QStringLiteral(".node"),
                    QStringLiteral("a node that is down at %1 s").arg(fmtS(st.atS)),
                    QStringLiteral("%1, which is up").arg(quoted(st.node)));
          down.remove(st.node);
        }
        break;
      case CommandKind::AssignNode:
        break;
    }
  }
  return c.errors();
}

}  // namespace swarmlab
