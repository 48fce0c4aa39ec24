#include "SwarmCli.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QUrl>

#include <cstdio>

#include "DockerHttp.h"
#include "DockerParse.h"

namespace swarmlab {
namespace {

using nlohmann::json;

QString tr(const char* s) { return QCoreApplication::translate("swarmCli", s); }

std::string_view view(const QByteArray& b) {
  return {b.constData(), static_cast<size_t>(b.size())};
}

// "500ms", "1s", "2m", plain number = seconds -> nanoseconds; -1 if not understood.
qint64 parseDuration(const QString& v) {
  QString n = v;
  qint64 mul = 1000000000;
  if (n.endsWith(QLatin1String("ms"))) {
    mul = 1000000;
    n.chop(2);
  } else if (n.endsWith(QLatin1Char('s'))) {
    n.chop(1);
  } else if (n.endsWith(QLatin1Char('m'))) {
    mul = 60LL * 1000000000;
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
      "       swarmlab-cli swarm label NODE [--name LABNAME] [--layer "
      "enterprise|mediation|sensing]\n"
      "                                [--also LABNAME,...]   (further lab nodes this node hosts)\n"
      "  An empty value (--name '') removes the label.\n"
      "  DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH choose the engine.\n");
}

}  // namespace

int swarmCli(const QStringList& argsIn) {
  QTextStream out(stdout), err(stderr);
  QStringList args = argsIn;
  if (args.isEmpty() || args.front() == QLatin1String("--help") ||
      args.front() == QLatin1String("-h")) {
    usage(args.isEmpty() ? err : out);
    return args.isEmpty() ? 2 : 0;
  }
  const QString cmd = args.takeFirst();
  QString why;
  auto ep = DockerEndpoint::resolve({}, &why);
  if (!ep) {
    err << "swarmlab-cli swarm: " << why << "\n";
    return 1;
  }
  DockerHttp http(*ep);
  why = http.negotiate();
  if (!why.isEmpty()) {
    err << "swarmlab-cli swarm: " << ep->describe() << ": " << why << "\n";
    return 1;
  }
  auto info = [&]() -> std::optional<docker::SwarmInfo> {
    DockerResponse r = http.request("GET", QStringLiteral("/info"));
    std::string perr;
    auto i = r.ok() ? docker::parseInfo(view(r.body), &perr) : std::nullopt;
    if (!i)
      err << "swarmlab-cli swarm: GET /info: "
          << (r.ok() ? QString::fromStdString(perr) : r.message()) << "\n";
    return i;
  };

  if (cmd == QLatin1String("status")) {
    auto i = info();
    if (!i) return 1;
    out << tr("engine %1, API %2\n").arg(ep->describe(), http.apiVersion());
    out << tr("swarm: %1%2\n")
               .arg(QString::fromStdString(i->localNodeState),
                    i->controlAvailable ? tr(" (manager)") : QString());
    if (!i->error.empty()) out << tr("swarm error: %1\n").arg(QString::fromStdString(i->error));
    if (i->localNodeState != "active" || !i->controlAvailable)
      return i->localNodeState == "active" ? 0 : 3;
    DockerResponse r = http.request("GET", QStringLiteral("/swarm"));
    if (r.ok()) {
      json j = json::parse(view(r.body), nullptr, false);
      if (j.is_object() && j.contains("Spec") && j["Spec"].contains("Dispatcher"))
        out << tr("dispatcher heartbeat: %1 ms\n")
                   .arg(j["Spec"]["Dispatcher"].value("HeartbeatPeriod", 0LL) / 1000000);
    }
    r = http.request("GET", QStringLiteral("/nodes"));
    std::string perr;
    auto nodes = r.ok() ? docker::parseNodes(view(r.body), &perr) : std::nullopt;
    if (!nodes) {
      err << "swarmlab-cli swarm: GET /nodes: "
          << (r.ok() ? QString::fromStdString(perr) : r.message()) << "\n";
      return 1;
    }
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(tr("ID"), -26)
               .arg(tr("HOSTNAME"), -14)
               .arg(tr("ROLE"), -8)
               .arg(tr("STATE"), -8)
               .arg(tr("AVAIL"), -7)
               .arg(tr("ARCH"), -8)
               .arg(tr("LAB NAME"), -10)
               .arg(tr("LAYER"));
    for (const auto& n : *nodes) {
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
    return 0;
  }

  if (cmd == QLatin1String("init")) {
    qint64 heartbeat = 1000000000;  // 1 s instead of Swarm's 5 s: a node is marked down ~3x sooner
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
    const std::string b = body.dump();
    DockerResponse r =
        http.request("POST", QStringLiteral("/swarm/init"), QByteArray::fromStdString(b), 30000);
    if (!r.ok()) {
      err << tr("swarmlab-cli swarm init: POST /swarm/init (HTTP %1): %2\n")
                 .arg(r.status)
                 .arg(r.message());
      return 1;
    }
    out << tr("swarm initialised, node %1, dispatcher heartbeat %2 ms\n")
               .arg(QString::fromUtf8(r.body).trimmed().remove(QLatin1Char('"')))
               .arg(heartbeat / 1000000);
    return 0;
  }

  if (cmd == QLatin1String("leave")) {
    auto i = info();
    if (!i) return 1;
    if (i->localNodeState == "inactive") {
      out << tr("not part of a swarm; nothing changed\n");
      return 0;
    }
    DockerResponse r = http.request("POST", QStringLiteral("/swarm/leave?force=true"), {}, 30000);
    if (!r.ok()) {
      err << tr("swarmlab-cli swarm leave: POST /swarm/leave (HTTP %1): %2\n")
                 .arg(r.status)
                 .arg(r.message());
      return 1;
    }
    // `swarm init` created docker_gwbridge; leaving keeps it. Remove it so the engine is as
    // before (the engine refuses while a container still uses it, which is fine).
    DockerResponse g =
        http.request("DELETE", QStringLiteral("/networks/docker_gwbridge"), {}, 10000);
    out << tr("left the swarm%1\n")
               .arg(g.ok() ? tr(" (network docker_gwbridge removed)") : QString());
    return 0;
  }

  if (cmd == QLatin1String("label")) {
    if (args.isEmpty()) {
      usage(err);
      return 2;
    }
    const QString node = args.takeFirst();
    std::optional<QString> name, layer, also;
    for (int i = 0; i < args.size(); ++i) {
      if (args[i] == QLatin1String("--name") && i + 1 < args.size())
        name = args[++i];
      else if (args[i] == QLatin1String("--layer") && i + 1 < args.size())
        layer = args[++i];
      else if (args[i] == QLatin1String("--also") && i + 1 < args.size())
        also = args[++i];
      else {
        err << tr("swarmlab-cli swarm label: unknown argument %1\n").arg(args[i]);
        return 2;
      }
    }
    if (layer && !layer->isEmpty() &&
        !QStringList{QStringLiteral("enterprise"), QStringLiteral("mediation"),
                     QStringLiteral("sensing")}
             .contains(*layer)) {
      err << tr("swarmlab-cli swarm label: --layer %1: expected enterprise, mediation or sensing\n")
                 .arg(*layer);
      return 2;
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
      DockerResponse r = http.request(
          "GET", QStringLiteral("/nodes/") + QString::fromLatin1(QUrl::toPercentEncoding(node)));
      std::string perr;
      auto n = r.ok() ? docker::parseNode(view(r.body), &perr) : std::nullopt;
      if (!n) {
        err << tr("swarmlab-cli swarm label: node %1: %2\n")
                   .arg(node, r.ok() ? QString::fromStdString(perr) : r.message());
        return 1;
      }
      json spec = n->spec;
      if (!spec["Labels"].is_object()) spec["Labels"] = json::object();
      auto set = [&](const char* k, const std::optional<QString>& v) {
        if (!v) return;
        if (v->isEmpty())
          spec["Labels"].erase(k);
        else
          spec["Labels"][k] = v->toStdString();
      };
      set("swarmlab.name", name);
      set("swarmlab.layer", layer);
      set("swarmlab.names", also);
      const std::string b = spec.dump();
      DockerResponse u = http.request("POST",
                                      QStringLiteral("/nodes/%1/update?version=%2")
                                          .arg(QString::fromStdString(n->id))
                                          .arg(n->version),
                                      QByteArray::fromStdString(b));
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

  err << tr("swarmlab-cli swarm: unknown command %1\n").arg(cmd);
  usage(err);
  return 2;
}

}  // namespace swarmlab
