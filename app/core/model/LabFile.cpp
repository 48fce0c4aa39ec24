#include "LabFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSet>

#include <functional>

#include "JsonCheck.h"
#include "Timeline.h"
#include "swarmlab_build_paths.h"

namespace swarmlab {

namespace {

using jsoncheck::Checker;
using jsoncheck::describe;
using jsoncheck::quoted;

const QStringList kArchs = {QStringLiteral("x86_64"),  QStringLiteral("aarch64"),
                            QStringLiteral("armv7l"),  QStringLiteral("armv6l"),
                            QStringLiteral("riscv64"), QStringLiteral("ppc64le"),
                            QStringLiteral("s390x")};
const QStringList kLayerNames = {QStringLiteral("enterprise"), QStringLiteral("mediation"),
                                 QStringLiteral("sensing")};

QRegularExpression variableRe() {
  static const QRegularExpression re(QStringLiteral("\\$\\{([^}]*)\\}"));
  return re;
}

/// Reports ${names} in s that are not known template variables.
bool checkVariables(Checker& c, const QString& s, const QString& path) {
  bool ok = true;
  const QStringList known = knownTemplateVariables();
  auto it = variableRe().globalMatch(s);
  while (it.hasNext()) {
    const QString v = it.next().captured(1);
    if (!known.contains(v)) {
      QStringList shown;
      for (const auto& k : known) shown << QStringLiteral("${%1}").arg(k);
      c.error(path, QStringLiteral("variables among %1").arg(shown.join(QStringLiteral(", "))),
              QStringLiteral("${%1}").arg(v));
      ok = false;
    }
  }
  return ok;
}

std::optional<NodeSpec> parseNode(Checker& c, const QJsonValue& v, const QString& p) {
  if (!v.isObject()) {
    c.error(p, QStringLiteral("a node object"), describe(v));
    return std::nullopt;
  }
  const QJsonObject o = v.toObject();
  c.knownKeys(o, p,
              {QStringLiteral("name"), QStringLiteral("layer"), QStringLiteral("arch"),
               QStringLiteral("capabilities"), QStringLiteral("description")});
  NodeSpec n;
  const int before = c.errors().size();
  if (auto s = c.name(o, QStringLiteral("name"), p, true)) n.name = *s;
  if (auto s = c.string(o, QStringLiteral("layer"), p, true)) {
    if (auto l = layerFromString(*s); l && *l != Layer::Unassigned) {
      n.layer = *l;
    } else {
      c.error(p + QStringLiteral(".layer"),
              QStringLiteral("one of %1").arg(kLayerNames.join(QStringLiteral(", "))), quoted(*s));
    }
  }
  if (auto s = c.string(o, QStringLiteral("arch"), p, true)) {
    if (kArchs.contains(*s)) {
      n.arch = *s;
    } else {
      c.error(p + QStringLiteral(".arch"),
              QStringLiteral("one of %1").arg(kArchs.join(QStringLiteral(", "))), quoted(*s));
    }
  }
  if (auto l = c.stringList(o, QStringLiteral("capabilities"), p, false, false,
                            [&](const QString& s, const QString& ip) {
                              return c.checkName(s, ip, QStringLiteral("a capability name"));
                            })) {
    n.capabilities = *l;
    if (QSet<QString>(l->begin(), l->end()).size() != l->size())
      c.error(p + QStringLiteral(".capabilities"), QStringLiteral("each capability once"),
              QStringLiteral("a duplicate"));
  }
  if (auto s = c.string(o, QStringLiteral("description"), p, false, false)) n.description = *s;
  if (c.errors().size() != before) return std::nullopt;
  return n;
}

// Docker's own bounds: at least 6 MiB of memory (the engine refuses less), 0.01 to 1024 CPUs.
constexpr qint64 kMinMemoryMb = 6;
constexpr qint64 kMaxMemoryMb = 1024 * 1024;
constexpr double kMinCpus = 0.01;
constexpr double kMaxCpus = 1024;

std::optional<ResourceLimits> parseLimits(Checker& c, const QJsonValue& v, const QString& p) {
  ResourceLimits l;
  if (v.isUndefined()) return l;
  if (!v.isObject()) {
    c.error(p, QStringLiteral("a limits object {memory_mb, cpus}"), describe(v));
    return std::nullopt;
  }
  const QJsonObject o = v.toObject();
  c.knownKeys(o, p, {QStringLiteral("memory_mb"), QStringLiteral("cpus")});
  const int before = c.errors().size();
  if (auto i = c.integer(o, QStringLiteral("memory_mb"), p, false, kMinMemoryMb, kMaxMemoryMb))
    l.memoryMb = int(*i);
  if (auto d = c.number(o, QStringLiteral("cpus"), p, false, kMinCpus, kMaxCpus)) l.cpus = *d;
  if (c.errors().size() != before) return std::nullopt;
  return l;
}

std::optional<RestartPolicy> parseRestart(Checker& c, const QJsonValue& v, const QString& p) {
  RestartPolicy r;
  if (v.isUndefined()) return r;
  if (!v.isObject()) {
    c.error(
        p, QStringLiteral("a restart policy object {condition, delay_ms, max_attempts, window_ms}"),
        describe(v));
    return std::nullopt;
  }
  const QJsonObject o = v.toObject();
  c.knownKeys(o, p,
              {QStringLiteral("condition"), QStringLiteral("delay_ms"),
               QStringLiteral("max_attempts"), QStringLiteral("window_ms")});
  const int before = c.errors().size();
  if (auto s = c.string(o, QStringLiteral("condition"), p, false)) {
    if (auto cond = restartConditionFromString(*s))
      r.condition = *cond;
    else
      c.error(p + QStringLiteral(".condition"), QStringLiteral("one of none, on-failure, any"),
              quoted(*s));
  }
  if (auto i = c.integer(o, QStringLiteral("delay_ms"), p, false, 0, 3600000)) r.delayMs = int(*i);
  if (auto i = c.integer(o, QStringLiteral("max_attempts"), p, false, 0, 1000000))
    r.maxAttempts = int(*i);
  if (auto i = c.integer(o, QStringLiteral("window_ms"), p, false, 0, 86400000))
    r.windowMs = int(*i);
  if (c.errors().size() != before) return std::nullopt;
  return r;
}

/// The template's "env": an object of strings whose keys are variable names.
void parseEnv(Checker& c, const QJsonValue& env, const QString& p, QMap<QString, QString>* out) {
  if (env.isUndefined()) return;
  if (!env.isObject()) {
    c.error(p, QStringLiteral("an object of strings"), describe(env));
    return;
  }
  static const QRegularExpression keyRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
  const QJsonObject eo = env.toObject();
  for (auto it = eo.begin(); it != eo.end(); ++it) {
    const QString ip = p + QLatin1Char('.') + it.key();
    if (!keyRe.match(it.key()).hasMatch()) {
      c.error(ip, QStringLiteral("an environment variable name ([A-Za-z_][A-Za-z0-9_]*)"),
              quoted(it.key()));
      continue;
    }
    if (!it.value().isString()) {
      c.error(ip, QStringLiteral("a string"), describe(it.value()));
      continue;
    }
    if (checkVariables(c, it.value().toString(), ip)) out->insert(it.key(), it.value().toString());
  }
}

/// archs, layers and needs of a template.
void parsePlacement(Checker& c, const QJsonObject& o, const QString& p, ServiceTemplate* t) {
  if (auto l = c.stringList(
          o, QStringLiteral("archs"), p, false, false, [&](const QString& s, const QString& ip) {
            if (kArchs.contains(s)) return true;
            c.error(ip, QStringLiteral("one of %1").arg(kArchs.join(QStringLiteral(", "))),
                    quoted(s));
            return false;
          }))
    t->archs = *l;
  if (auto l = c.stringList(
          o, QStringLiteral("layers"), p, false, false, [&](const QString& s, const QString& ip) {
            auto layer = layerFromString(s);
            if (layer && *layer != Layer::Unassigned) return true;
            c.error(ip, QStringLiteral("one of %1").arg(kLayerNames.join(QStringLiteral(", "))),
                    quoted(s));
            return false;
          })) {
    for (const auto& s : *l) t->layers << *layerFromString(s);
  }
  if (auto l = c.stringList(o, QStringLiteral("needs"), p, false, false,
                            [&](const QString& s, const QString& ip) {
                              return c.checkName(s, ip, QStringLiteral("a capability name"));
                            }))
    t->needs = *l;
}

std::optional<ServiceTemplate> parseTemplate(Checker& c, const QJsonValue& v, const QString& p) {
  if (!v.isObject()) {
    c.error(p, QStringLiteral("a service template object"), describe(v));
    return std::nullopt;
  }
  const QJsonObject o = v.toObject();
  c.knownKeys(o, p,
              {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("command"),
               QStringLiteral("env"), QStringLiteral("image"), QStringLiteral("archs"),
               QStringLiteral("layers"), QStringLiteral("needs"), QStringLiteral("restart"),
               QStringLiteral("order"), QStringLiteral("replicas"), QStringLiteral("placement"),
               QStringLiteral("limits"), QStringLiteral("description")});
  ServiceTemplate t;
  const int before = c.errors().size();
  if (auto s = c.name(o, QStringLiteral("name"), p, true)) t.name = *s;
  t.kind = t.name;
  if (auto s = c.name(o, QStringLiteral("kind"), p, false)) t.kind = *s;
  if (auto l = c.stringList(
          o, QStringLiteral("command"), p, true, true,
          [&](const QString& s, const QString& ip) { return checkVariables(c, s, ip); },
          /*allowEmptyItemsAfterFirst=*/true))
    t.command = *l;
  parseEnv(c, o.value(QStringLiteral("env")), p + QStringLiteral(".env"), &t.env);
  if (auto s = c.string(o, QStringLiteral("image"), p, false)) t.image = *s;
  parsePlacement(c, o, p, &t);
  if (auto r = parseRestart(c, o.value(QStringLiteral("restart")), p + QStringLiteral(".restart")))
    t.restart = *r;
  if (auto l = parseLimits(c, o.value(QStringLiteral("limits")), p + QStringLiteral(".limits")))
    t.limits = *l;
  if (auto s = c.string(o, QStringLiteral("order"), p, false)) {
    if (auto ord = updateOrderFromString(*s))
      t.order = *ord;
    else
      c.error(p + QStringLiteral(".order"), QStringLiteral("one of stop-first, start-first"),
              quoted(*s));
  }
  if (auto i = c.integer(o, QStringLiteral("replicas"), p, false, 1, 64)) t.replicas = int(*i);
  if (auto s = c.string(o, QStringLiteral("placement"), p, false)) {
    if (*s == QLatin1String("failover"))
      t.placement = Placement::Failover;
    else if (*s != QLatin1String("pinned"))
      c.error(p + QStringLiteral(".placement"), QStringLiteral("one of pinned, failover"),
              quoted(*s));
  }
  if (auto s = c.string(o, QStringLiteral("description"), p, false, false)) t.description = *s;
  if (c.errors().size() != before) return std::nullopt;
  return t;
}

/// The items of the required, non-empty array `key` of the root that parse, with their paths.
/// An item whose "name" an earlier item has is reported and left out; duplicates are found on
/// the raw name, so that an item with other problems still counts.
template <typename T>
QList<std::pair<T, QString>> uniqueItems(
    Checker& c, const QJsonObject& root, const QString& key, const QString& itemWhat,
    const std::function<std::optional<T>(Checker&, const QJsonValue&, const QString&)>& parse) {
  const QString arrayWhat =
      QStringLiteral("a non-empty array of %1s")
          .arg(itemWhat == QLatin1String("template") ? QStringLiteral("service templates")
                                                     : itemWhat);
  QList<std::pair<T, QString>> out;
  auto a = c.array(root, key, QStringLiteral("$"), true, arrayWhat);
  if (!a) return out;
  if (a->isEmpty())
    c.error(QStringLiteral("$.") + key, arrayWhat, QStringLiteral("an empty array"));
  QMap<QString, QString> paths;
  for (int i = 0; i < a->size(); ++i) {
    const QString ip = QStringLiteral("$.%1[%2]").arg(key).arg(i);
    auto item = parse(c, a->at(i), ip);
    const QString name = a->at(i).toObject().value(QStringLiteral("name")).toString();
    if (!name.isEmpty() && paths.contains(name)) {
      c.error(ip + QStringLiteral(".name"),
              QStringLiteral("a unique %1 name (%2 is already %3)")
                  .arg(itemWhat, quoted(name), paths.value(name)),
              QStringLiteral("a duplicate"));
      continue;
    }
    if (!name.isEmpty()) paths.insert(name, ip);
    if (item) out.append({std::move(*item), ip});
  }
  return out;
}

/// A template needs capabilities some node has, and a node it may run on.
void checkRunnable(Checker& c, const ServiceTemplate& t, const QString& tp,
                   const QList<NodeSpec>& nodes) {
  QStringList allCaps;
  for (const auto& n : nodes)
    for (const auto& cap : n.capabilities)
      if (!allCaps.contains(cap)) allCaps << cap;
  bool capsOk = true;
  for (int k = 0; k < t.needs.size(); ++k) {
    if (allCaps.contains(t.needs[k])) continue;
    capsOk = false;
    c.error(QStringLiteral("%1.needs[%2]").arg(tp).arg(k),
            QStringLiteral("a capability some node has (%1)")
                .arg(allCaps.isEmpty() ? QStringLiteral("none declared")
                                       : allCaps.join(QStringLiteral(", "))),
            quoted(t.needs[k]));
  }
  if (!capsOk || nodes.isEmpty()) return;
  QStringList whys;
  for (const auto& n : nodes) {
    QString why;
    if (canPlace(t, n, &why)) return;
    whys << why;
  }
  c.error(tp, QStringLiteral("a template that can run on at least one node"),
          QStringLiteral("none (%1)").arg(whys.join(QStringLiteral("; "))));
}

}  // namespace

std::optional<Layer> layerFromString(const QString& s) {
  if (s == QLatin1String("enterprise")) return Layer::Enterprise;
  if (s == QLatin1String("mediation")) return Layer::Mediation;
  if (s == QLatin1String("sensing")) return Layer::Sensing;
  if (s == QLatin1String("unassigned")) return Layer::Unassigned;
  return std::nullopt;
}

std::optional<UpdateOrder> updateOrderFromString(const QString& s) {
  if (s == QLatin1String("stop-first")) return UpdateOrder::StopFirst;
  if (s == QLatin1String("start-first")) return UpdateOrder::StartFirst;
  return std::nullopt;
}

std::optional<RestartPolicy::Condition> restartConditionFromString(const QString& s) {
  if (s == QLatin1String("none")) return RestartPolicy::Condition::None;
  if (s == QLatin1String("on-failure")) return RestartPolicy::Condition::OnFailure;
  if (s == QLatin1String("any")) return RestartPolicy::Condition::Any;
  return std::nullopt;
}

QString toString(RestartPolicy::Condition c) {
  switch (c) {
    case RestartPolicy::Condition::None:
      return QStringLiteral("none");
    case RestartPolicy::Condition::OnFailure:
      return QStringLiteral("on-failure");
    case RestartPolicy::Condition::Any:
      return QStringLiteral("any");
  }
  return {};
}

QStringList knownTemplateVariables() {
  return {QStringLiteral("bin"),        QStringLiteral("redis_url"), QStringLiteral("redis_host"),
          QStringLiteral("redis_port"), QStringLiteral("node"),      QStringLiteral("instance"),
          QStringLiteral("service"),    QStringLiteral("lab_dir")};
}

QString expandVariables(const QString& s, const QMap<QString, QString>& vars,
                        QStringList* unknown) {
  QString out;
  out.reserve(s.size());
  qsizetype pos = 0;
  auto it = variableRe().globalMatch(s);
  while (it.hasNext()) {
    const auto m = it.next();
    out += s.mid(pos, m.capturedStart() - pos);
    const QString name = m.captured(1);
    if (vars.contains(name)) {
      out += vars.value(name);
    } else {
      out += m.captured(0);
      if (unknown && !unknown->contains(name)) *unknown << name;
    }
    pos = m.capturedEnd();
  }
  out += s.mid(pos);
  return out;
}

QStringList expandCommand(const ServiceTemplate& t, const QMap<QString, QString>& vars) {
  QStringList out;
  for (const auto& a : t.command) out << expandVariables(a, vars);
  return out;
}

QMap<QString, QString> expandEnvironment(const ServiceTemplate& t,
                                         const QMap<QString, QString>& vars) {
  QMap<QString, QString> out;
  for (auto it = t.env.begin(); it != t.env.end(); ++it)
    out.insert(it.key(), expandVariables(it.value(), vars));
  return out;
}

QString resourcesDir() {
  const QString env = qEnvironmentVariable("SWARMLAB_RESOURCES_DIR");
  if (!env.isEmpty() && QDir(env).exists()) return QDir(env).absolutePath();
  if (QCoreApplication::instance()) {
    const QString inst =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/swarmlab");
    if (QDir(inst + QStringLiteral("/labs")).exists()) return QDir(inst).absolutePath();
  }
#ifdef SWARMLAB_SOURCE_DIR
  const QString src = QStringLiteral(SWARMLAB_SOURCE_DIR "/resources");
  if (QDir(src + QStringLiteral("/labs")).exists()) return src;
#endif
  return {};
}

LabLoadResult parseLab(const QByteArray& json, const QString& sourceName) {
  Checker c(sourceName);
  Lab lab;
  auto root = jsoncheck::parseObject(json, kMaxLabFileBytes, c);
  if (!root) return jsoncheck::finish(c, &LabLoadResult::lab, std::move(lab));
  const QString p = QStringLiteral("$");
  c.knownKeys(*root, p,
              {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("nodes"),
               QStringLiteral("templates")});
  if (auto s = c.name(*root, QStringLiteral("name"), p, true)) lab.name = *s;
  if (auto s = c.string(*root, QStringLiteral("description"), p, false, false))
    lab.description = *s;
  for (const auto& [n, np] :
       uniqueItems<NodeSpec>(c, *root, QStringLiteral("nodes"), QStringLiteral("node"), parseNode))
    lab.nodes << n;
  for (const auto& [t, tp] : uniqueItems<ServiceTemplate>(
           c, *root, QStringLiteral("templates"), QStringLiteral("template"), parseTemplate)) {
    checkRunnable(c, t, tp, lab.nodes);
    lab.templates << t;
  }
  return jsoncheck::finish(c, &LabLoadResult::lab, std::move(lab));
}

LabLoadResult loadLabFile(const QString& path) {
  LabLoadResult r = jsoncheck::loadFile<LabLoadResult>(path, kMaxLabFileBytes, parseLab);
  if (r.lab) r.lab->sourcePath = QFileInfo(path).absoluteFilePath();
  return r;
}

}  // namespace swarmlab
