#include "SwarmCommand.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QUrl>

#include <optional>

#include "DockerHttp.h"
#include "DockerParse.h"
#include "ServiceSpec.h"

namespace swarmlab {
namespace {

using nlohmann::json;

constexpr qint64 kNsPerMs = 1000000;
// 1 s instead of Swarm's 5 s: a failed node is marked down (and its failover services moved)
// in about 3 s instead of about 15 s.
constexpr qint64 kHeartbeatNs = 1000 * kNsPerMs;
constexpr int kSwarmRequestMs = 30000;
constexpr int kLabelAttempts = 5;

QString tr(const char* s) { return QCoreApplication::translate("swarmlab::SwarmCommand", s); }

std::string_view view(const QByteArray& b) {
  return {b.constData(), static_cast<size_t>(b.size())};
}

// "500ms", "1s", "2m", plain number = seconds -> nanoseconds; -1 if not understood.
qint64 parseDuration(const QString& v) {
  QString n = v;
  qint64 mul = 1000 * kNsPerMs;
  if (n.endsWith(QLatin1String("ms"))) {
    mul = kNsPerMs;
    n.chop(2);
  } else if (n.endsWith(QLatin1Char('s'))) {
    n.chop(1);
  } else if (n.endsWith(QLatin1Char('m'))) {
    mul = 60 * 1000 * kNsPerMs;
    n.chop(1);
  }
  bool ok = false;
  const double x = n.toDouble(&ok);
  if (!ok || x <= 0) return -1;
  return static_cast<qint64>(x * static_cast<double>(mul));
}

void usage(QTextStream& err) {
  err << tr(
      "usage: swarmlab-cli swarm status\n"
      "       swarmlab-cli swarm init [--heartbeat DURATION] [--advertise-addr ADDR]\n"
      "       swarmlab-cli swarm leave\n"
      "       swarmlab-cli swarm join-command   (the command a new worker runs to join)\n"
      "       swarmlab-cli swarm label NODE [--name LABNAME] [--layer "
      "enterprise|mediation|sensing]\n"
      "                                [--also LABNAME,...]   (further lab nodes this node hosts)\n"
      "                                [--caps CAPABILITY,...] (what failover services may need)\n"
      "  An empty value (--name '') removes the label; --caps replaces every swarmlab.cap.*.\n"
      "  --heartbeat: the dispatcher heartbeat (default 1s; Swarm's own default is 5s).\n"
      "  DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH choose the engine; TLS verifies the\n"
      "  engine against ca.pem unless --tls-insecure is given (any command).\n");
}

/// One blocking session with the engine, for the subcommands.
class Session {
 public:
  Session(DockerHttp& http, const DockerEndpoint& ep) : http_(http), ep_(ep) {}
  QTextStream out{stdout};
  QTextStream err{stderr};

  std::optional<docker::SwarmInfo> info() {
    DockerResponse r = http_.request("GET", QStringLiteral("/info"));
    std::string perr;
    auto i = r.ok() ? docker::parseInfo(view(r.body), &perr) : std::nullopt;
    if (!i)
      err << "swarmlab-cli swarm: GET /info: "
          << (r.ok() ? QString::fromStdString(perr) : r.message()) << "\n";
    return i;
  }
  int status();
  int init(const QStringList& args);
  int leave();
  int joinCommand();
  int label(QStringList args);

 private:
  void printNodes(const std::vector<docker::Node>& nodes);
  DockerHttp& http_;
  const DockerEndpoint& ep_;
};

int Session::status() {
  auto i = info();
  if (!i) return 1;
  out << tr("engine %1, API %2\n").arg(ep_.describe(), http_.apiVersion());
  out << tr("swarm: %1%2\n")
             .arg(QString::fromStdString(i->localNodeState),
                  i->controlAvailable ? tr(" (manager)") : QString());
  if (!i->error.empty()) out << tr("swarm error: %1\n").arg(QString::fromStdString(i->error));
  if (i->localNodeState != "active" || !i->controlAvailable)
    return i->localNodeState == "active" ? 0 : 3;
  DockerResponse r = http_.request("GET", QStringLiteral("/swarm"));
  const json j = r.ok() ? json::parse(view(r.body), nullptr, false) : json();
  const json* hb = nullptr;
  if (j.is_object() && j.contains("Spec") && j["Spec"].is_object() &&
      j["Spec"].contains("Dispatcher") && j["Spec"]["Dispatcher"].is_object())
    hb = &j["Spec"]["Dispatcher"];
  if (hb && hb->contains("HeartbeatPeriod") && (*hb)["HeartbeatPeriod"].is_number())
    out << tr("dispatcher heartbeat: %1 ms\n")
               .arg((*hb)["HeartbeatPeriod"].get<qint64>() / kNsPerMs);
  r = http_.request("GET", QStringLiteral("/nodes"));
  std::string perr;
  auto nodes = r.ok() ? docker::parseNodes(view(r.body), &perr) : std::nullopt;
  if (!nodes) {
    err << "swarmlab-cli swarm: GET /nodes: "
        << (r.ok() ? QString::fromStdString(perr) : r.message()) << "\n";
    return 1;
  }
  printNodes(*nodes);
  return 0;
}

void Session::printNodes(const std::vector<docker::Node>& nodes) {
  out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
             .arg(tr("ID"), -26)
             .arg(tr("HOSTNAME"), -14)
             .arg(tr("ROLE"), -8)
             .arg(tr("STATE"), -8)
             .arg(tr("AVAIL"), -7)
             .arg(tr("ARCH"), -8)
             .arg(tr("LAB NAME"), -10)
             .arg(tr("LAYER"));
  for (const auto& n : nodes) {
    auto lab = [&](const char* k) {
      auto it = n.labels.find(k);
      return it == n.labels.end() ? QStringLiteral("-") : QString::fromStdString(it->second);
    };
    QString name = lab("swarmlab.name");
    if (n.labels.count("swarmlab.names")) name += QLatin1Char(',') + lab("swarmlab.names");
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(QString::fromStdString(n.id), -26)
               .arg(QString::fromStdString(n.hostname), -14)
               .arg(QString::fromStdString(n.role) + (n.leader ? QStringLiteral("*") : QString()),
                    -8)
               .arg(QString::fromStdString(n.state), -8)
               .arg(QString::fromStdString(n.availability), -7)
               .arg(QString::fromStdString(n.arch), -8)
               .arg(name, -10)
               .arg(lab("swarmlab.layer"));
  }
}

int Session::init(const QStringList& args) {
  qint64 heartbeat = kHeartbeatNs;
  QString advertise;
  for (int i = 0; i < args.size(); ++i) {
    if (args[i] == QLatin1String("--heartbeat") && i + 1 < args.size()) {
      heartbeat = parseDuration(args[++i]);
      if (heartbeat < 0) {
        err << tr("swarmlab-cli swarm init: --heartbeat %1: expected a duration such as 500ms or "
                  "1s\n")
                   .arg(args[i]);
        return 2;
      }
    } else if (args[i] == QLatin1String("--advertise-addr") && i + 1 < args.size()) {
      advertise = args[++i];
    } else {
      err << tr("swarmlab-cli swarm init: unknown argument %1\n").arg(args[i]);
      usage(err);
      return 2;
    }
  }
  auto i = info();
  if (!i) return 1;
  if (i->localNodeState == "active") {
    out << tr("already part of a swarm (node %1); nothing changed\n")
               .arg(QString::fromStdString(i->nodeId));
    return 0;
  }
  json body = {{"ListenAddr", "0.0.0.0:2377"},
               {"Spec", {{"Dispatcher", {{"HeartbeatPeriod", heartbeat}}}}}};
  if (!advertise.isEmpty()) body["AdvertiseAddr"] = advertise.toStdString();
  DockerResponse r = http_.request("POST", QStringLiteral("/swarm/init"),
                                   QByteArray::fromStdString(body.dump()), kSwarmRequestMs);
  if (!r.ok()) {
    err << tr("swarmlab-cli swarm init: POST /swarm/init (HTTP %1): %2\n")
               .arg(r.status)
               .arg(r.message());
    return 1;
  }
  out << tr("swarm initialised, node %1, dispatcher heartbeat %2 ms\n")
             .arg(QString::fromUtf8(r.body).trimmed().remove(QLatin1Char('"')))
             .arg(heartbeat / kNsPerMs);
  return 0;
}

int Session::leave() {
  auto i = info();
  if (!i) return 1;
  if (i->localNodeState == "inactive") {
    out << tr("not part of a swarm; nothing changed\n");
    return 0;
  }
  DockerResponse r =
      http_.request("POST", QStringLiteral("/swarm/leave?force=true"), {}, kSwarmRequestMs);
  if (!r.ok()) {
    err << tr("swarmlab-cli swarm leave: POST /swarm/leave (HTTP %1): %2\n")
               .arg(r.status)
               .arg(r.message());
    return 1;
  }
  // `swarm init` created docker_gwbridge; leaving keeps it. Remove it so the engine is as
  // before (the engine refuses while a container still uses it, which is fine).
  DockerResponse g = http_.request("DELETE", QStringLiteral("/networks/docker_gwbridge"));
  out << tr("left the swarm%1\n")
             .arg(g.ok() ? tr(" (network docker_gwbridge removed)") : QString());
  return 0;
}

// The worker join command, from GET /swarm (JoinTokens.Worker) and this manager's address in
// GET /info (Swarm.RemoteManagers, else NodeAddr:2377). The token goes to stdout only.
int Session::joinCommand() {
  auto i = info();
  if (!i) return 1;
  if (i->localNodeState != "active" || !i->controlAvailable) {
    err << tr("swarmlab-cli swarm join-command: this engine is not a swarm manager (swarm: %1); "
              "run swarmlab-cli swarm init on the manager first\n")
               .arg(QString::fromStdString(i->localNodeState));
    return 3;
  }
  DockerResponse r = http_.request("GET", QStringLiteral("/swarm"));
  const json j = r.ok() ? json::parse(view(r.body), nullptr, false) : json();
  const json* tokens = j.is_object() && j.contains("JoinTokens") ? &j["JoinTokens"] : nullptr;
  if (!tokens || !tokens->is_object() || !tokens->contains("Worker") ||
      !(*tokens)["Worker"].is_string()) {
    err << tr("swarmlab-cli swarm join-command: GET /swarm: %1\n")
               .arg(r.ok() ? tr("no JoinTokens.Worker in the answer") : r.message());
    return 1;
  }
  QString addr = QString::fromStdString(i->nodeAddr) + QStringLiteral(":2377");
  DockerResponse ri = http_.request("GET", QStringLiteral("/info"));
  const json ji = ri.ok() ? json::parse(view(ri.body), nullptr, false) : json();
  if (ji.is_object() && ji.contains("Swarm") && ji["Swarm"].is_object() &&
      ji["Swarm"].contains("RemoteManagers") && ji["Swarm"]["RemoteManagers"].is_array())
    for (const auto& m : ji["Swarm"]["RemoteManagers"])
      if (m.is_object() && m.value("NodeID", "") == i->nodeId && m.contains("Addr") &&
          m["Addr"].is_string())
        addr = QString::fromStdString(m["Addr"].get<std::string>());
  out << tr(
      "# On each new machine (a Raspberry Pi with Docker), as root, to join this swarm as a "
      "worker:\n");
  out << QStringLiteral("docker swarm join --token %1 %2\n")
             .arg(QString::fromStdString((*tokens)["Worker"].get<std::string>()), addr);
  out << tr(
      "# Then, on this machine: swarmlab-cli swarm status lists it; in the console, drag it "
      "from the Tray onto a lab node's card.\n");
  return 0;
}

int Session::label(QStringList args) {
  if (args.isEmpty()) {
    usage(err);
    return 2;
  }
  const QString node = args.takeFirst();
  std::map<std::string, QString> labels;  // label -> value ("" removes it)
  const std::map<QString, std::string> flags = {{QStringLiteral("--name"), "swarmlab.name"},
                                                {QStringLiteral("--layer"), "swarmlab.layer"},
                                                {QStringLiteral("--also"), "swarmlab.names"}};
  std::optional<QStringList> caps;
  for (int i = 0; i < args.size(); ++i) {
    auto f = flags.find(args[i]);
    if (args[i] == QLatin1String("--caps") && i + 1 < args.size()) {
      caps = args[++i].split(QLatin1Char(','), Qt::SkipEmptyParts);
      continue;
    }
    if (f == flags.end() || i + 1 >= args.size()) {
      err << tr("swarmlab-cli swarm label: unknown argument %1\n").arg(args[i]);
      return 2;
    }
    labels[f->second] = args[++i];
  }
  const QString layer = labels.count("swarmlab.layer") ? labels["swarmlab.layer"] : QString();
  if (!layer.isEmpty() && layer != toString(Layer::Enterprise) &&
      layer != toString(Layer::Mediation) && layer != toString(Layer::Sensing)) {
    err << tr("swarmlab-cli swarm label: --layer %1: expected enterprise, mediation or sensing\n")
               .arg(layer);
    return 2;
  }
  for (int attempt = 0; attempt < kLabelAttempts; ++attempt) {
    DockerResponse r = http_.request(
        "GET", QStringLiteral("/nodes/") + QString::fromLatin1(QUrl::toPercentEncoding(node)));
    std::string perr;
    auto n = r.ok() ? docker::parseNode(view(r.body), &perr) : std::nullopt;
    QString why = r.ok() ? QString::fromStdString(perr) : r.message();
    json spec = n ? n->spec : json();
    std::map<std::string, QString> edit = labels;
    if (caps) {
      // Every capability label goes; the listed ones come back.
      if (spec.is_object() && spec.contains("Labels") && spec["Labels"].is_object())
        for (auto it = spec["Labels"].begin(); it != spec["Labels"].end(); ++it)
          if (it.key().rfind("swarmlab.cap.", 0) == 0) edit[it.key()] = QString();
      for (const QString& c : *caps) edit[capabilityLabel(c.trimmed())] = QStringLiteral("true");
    }
    for (const auto& [key, value] : edit)
      if (n && !setNodeLabel(spec, key, value, &why)) n.reset();
    if (!n) {
      err << tr("swarmlab-cli swarm label: node %1: %2\n").arg(node, why);
      return 1;
    }
    DockerResponse u = http_.request("POST",
                                     QStringLiteral("/nodes/%1/update?version=%2")
                                         .arg(QString::fromStdString(n->id))
                                         .arg(n->version),
                                     QByteArray::fromStdString(spec.dump()));
    if (u.ok()) {
      out << tr("node %1 labelled\n").arg(QString::fromStdString(n->hostname));
      return 0;
    }
    if (!u.message().contains(QLatin1String("out of sequence"))) {
      err << tr("swarmlab-cli swarm label: node %1 (HTTP %2): %3\n")
                 .arg(node)
                 .arg(u.status)
                 .arg(u.message());
      return 1;
    }
  }
  err << tr("swarmlab-cli swarm label: node %1: update kept going out of sequence\n").arg(node);
  return 1;
}

}  // namespace

int swarmCommand(const QStringList& argsIn) {
  QTextStream out(stdout), err(stderr);
  QStringList args = argsIn;
  if (args.isEmpty() || args.front() == QLatin1String("--help") ||
      args.front() == QLatin1String("-h")) {
    usage(args.isEmpty() ? err : out);
    return args.isEmpty() ? 2 : 0;
  }
  const QString cmd = args.takeFirst();
  if (cmd != QLatin1String("status") && cmd != QLatin1String("init") &&
      cmd != QLatin1String("leave") && cmd != QLatin1String("label") &&
      cmd != QLatin1String("join-command")) {
    err << tr("swarmlab-cli swarm: unknown command %1\n").arg(cmd);
    usage(err);
    return 2;
  }
  DockerTlsChoice tls;
  tls.insecure = args.removeAll(QStringLiteral("--tls-insecure")) > 0;
  QString why;
  auto ep = DockerEndpoint::resolve({}, tls, &why);
  if (!ep) {
    err << "swarmlab-cli swarm: " << why << "\n";
    return 1;
  }
  if (!ep->warning().isEmpty()) err << tr("swarmlab-cli swarm: warning: %1\n").arg(ep->warning());
  DockerHttp http(*ep);
  why = http.negotiate();
  if (!why.isEmpty()) {
    err << "swarmlab-cli swarm: " << ep->describe() << ": " << why << "\n";
    return 1;
  }
  Session session(http, *ep);
  if (cmd == QLatin1String("status")) return session.status();
  if (cmd == QLatin1String("init")) return session.init(args);
  if (cmd == QLatin1String("leave")) return session.leave();
  if (cmd == QLatin1String("join-command")) return session.joinCommand();
  return session.label(args);
}

}  // namespace swarmlab
