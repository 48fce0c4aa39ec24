// The replicated mediation layer on Swarm (issue 12, docs/replication.md), its pure parts: which
// services run where on which ports, their arguments, their secret configurations, and the
// specs they give. The password only ever in a secret's text, never in Args, Command or Env.
#include <QtTest>

#include "ServiceSpec.h"
#include "SwarmReplication.h"

using namespace swarmlab;
using nlohmann::json;

namespace {

const QString kPassword = QStringLiteral("0123456789abcdef-secret");

ReplicationLayout twoGateways() { return {{"gw1", "gw2"}, "manager"}; }

QString hostOf(const QString& node) {
  if (node == QLatin1String("gw1")) return QStringLiteral("10.0.0.11");
  if (node == QLatin1String("gw2")) return QStringLiteral("10.0.0.12");
  if (node == QLatin1String("manager")) return QStringLiteral("10.0.0.1");
  return {};
}

QString joined(const json& a) {
  QStringList out;
  for (const auto& x : a) out << QString::fromStdString(x.get<std::string>());
  return out.join(u' ');
}

}  // namespace

class TestSwarmReplication : public QObject {
  Q_OBJECT
 private slots:
  void planPlacesServersThenSentinels() {
    const auto plan = planSwarmReplication(twoGateways(), hostOf, 6390);
    QCOMPARE(plan.members.size(), 5);
    QVERIFY(plan.unhosted.isEmpty());
    QCOMPARE(plan.quorum, 2);
    QCOMPARE(plan.primary().service, QStringLiteral("redis-gw1"));
    QCOMPARE(plan.primary().port, 6390);
    QCOMPARE(plan.members[1].service, QStringLiteral("redis-gw2"));
    QCOMPARE(plan.members[1].port, 6391);
    QStringList sentinels;
    for (const auto& m : plan.sentinels())
      sentinels << QStringLiteral("%1@%2:%3").arg(m.service, m.host).arg(m.port);
    QCOMPARE(sentinels,
             QStringList({"redis-sentinel-gw1@10.0.0.11:6392", "redis-sentinel-gw2@10.0.0.12:6393",
                          "redis-sentinel-manager@10.0.0.1:6394"}));
    QCOMPARE(plan.url(), QStringLiteral("redis+sentinel://10.0.0.11:6392,10.0.0.12:6393,"
                                        "10.0.0.1:6394/swarmlab"));
  }

  void planNamesUnhostedNodes() {
    const auto plan = planSwarmReplication(
        twoGateways(),
        [](const QString& n) { return n == QLatin1String("gw2") ? QString() : hostOf(n); }, 7000);
    QCOMPARE(plan.unhosted, QStringList{"gw2"});
  }

  void withoutTieBreakerTwoSentinels() {
    const auto plan = planSwarmReplication(
        {{"gw1", "gw2", "gw3"}, {}}, [](const QString&) { return QStringLiteral("10.0.0.5"); },
        100);
    QCOMPARE(plan.sentinels().size(), 3);
    QCOMPARE(plan.quorum, 2);
    QCOMPARE(plan.sentinels().first().port, 103);  // one machine for all: distinct ports
  }

  void serverArguments() {
    const auto plan = planSwarmReplication(twoGateways(), hostOf, 6390);
    const QStringList primary = replicaServerArgs(plan, plan.members[0], "/run/secrets/acl");
    QCOMPARE(primary.first(), QStringLiteral("/run/secrets/swarmlab-redis.conf"));
    QVERIFY(!primary.contains("--replicaof"));
    QVERIFY(primary.join(u' ').contains("--bind 10.0.0.11"));
    QVERIFY(primary.join(u' ').contains("--replica-announce-ip 10.0.0.11"));
    QVERIFY(primary.join(u' ').contains("--aclfile /run/secrets/acl"));
    const QStringList replica = replicaServerArgs(plan, plan.members[1], "/run/secrets/acl");
    QVERIFY(replica.join(u' ').endsWith("--replicaof 10.0.0.11 6390"));
    QVERIFY(replica.join(u' ').contains("--port 6391"));
    QVERIFY(!replica.join(u' ').contains(kPassword));
  }

  void sentinelArguments() {
    const auto plan = planSwarmReplication(twoGateways(), hostOf, 6390);
    const QStringList a = sentinelArgs(plan, plan.sentinels()[1]);
    QCOMPARE(a.mid(0, 4), QStringList({"--copy", "/run/secrets/swarmlab-sentinel.conf",
                                       "/tmp/sentinel.conf", "--"}));
    QCOMPARE(a.mid(4, 3),
             QStringList({"/usr/bin/redis-server", "/tmp/sentinel.conf", "--sentinel"}));
    const QString all = a.join(u' ');
    QVERIFY(all.contains("--port 6393 --bind 10.0.0.12"));
    QVERIFY(all.contains("--sentinel announce-ip 10.0.0.12 --sentinel announce-port 6393"));
    QVERIFY(all.contains("--sentinel monitor swarmlab 10.0.0.11 6390 2"));
    QVERIFY(all.contains("--sentinel down-after-milliseconds swarmlab 1000"));
    QVERIFY(all.contains("--sentinel known-replica swarmlab 10.0.0.12 6391"));
    QVERIFY(!all.contains(kPassword));
  }

  void secretTexts() {
    const QByteArray server = replicaConfText(kPassword);
    QVERIFY(server.contains("masteruser swarmlab-replica\n"));
    QVERIFY(server.contains("masterauth " + kPassword.toUtf8() + "\n"));
    QVERIFY(server.contains("repl-diskless-load on-empty-db\n"));
    const QByteArray sentinel = sentinelConfText(kPassword);
    QVERIFY(sentinel.contains("sentinel auth-user swarmlab swarmlab-sentinel\n"));
    QVERIFY(sentinel.contains("sentinel auth-pass swarmlab " + kPassword.toUtf8() + "\n"));
    QVERIFY(sentinel.contains("sentinel sentinel-pass " + kPassword.toUtf8() + "\n"));
    QVERIFY(sentinel.contains("user default off"));
    QVERIFY(!sentinel.contains("monitor"));  // the monitor line is an argument: not secret
  }

  // The spec of a sentinel: the launcher as Command, the arguments as given, one secret file.
  void sentinelSpec() {
    const auto plan = planSwarmReplication(twoGateways(), hostOf, 6390);
    ServiceTemplate t;
    t.name = t.kind = QLatin1String(kSentinelTemplate);
    t.image = "swarmlab/redis:latest";
    SpecContext c;
    c.lab = "two";
    c.service = "redis-sentinel-gw2";
    c.swarmName = "p-redis-sentinel-gw2";
    c.redisUrl = plan.url();
    c.image = "sha256:abc";
    c.placement = {"n2", "aarch64", "gw2", Placement::Pinned, {}, {}};
    c.network = "host";
    c.command = {QLatin1String(kRedisLaunch)};
    c.args = sentinelArgs(plan, plan.sentinels()[1]);
    c.secrets = {{"id1", "swarmlab-two-sentinel-conf-0123", kSentinelConfSecretFile}};
    const json spec = ServiceSpec::create(t, c).toJson();
    const json& container = spec["TaskTemplate"]["ContainerSpec"];
    QCOMPARE(joined(container["Command"]), QStringLiteral("/usr/bin/swarmlab-redis-launch"));
    QCOMPARE(joined(container["Args"]), c.args->join(u' '));
    QCOMPARE(container["Secrets"].size(), size_t(1));
    QVERIFY(container["Secrets"][0]["File"]["Name"] == "swarmlab-sentinel.conf");
    QVERIFY(container["ReadOnly"] == true);
    QCOMPARE(joined(spec["TaskTemplate"]["Placement"]["Constraints"]),
             QStringLiteral("node.id==n2 node.platform.arch==aarch64"));
    QVERIFY(!QString::fromStdString(spec.dump()).contains(kPassword));
  }

  // A service without the override keeps the template's arguments and the image's entry point.
  void noOverrideNoCommand() {
    ServiceTemplate r;
    r.name = "redis";
    SpecContext c;
    c.placement = {"n1", {}, "gw1", Placement::Pinned, {}, {}};
    const json container = ServiceSpec::create(r, c).toJson()["TaskTemplate"]["ContainerSpec"];
    QVERIFY(!container.contains("Command"));
    QVERIFY(joined(container["Args"]).startsWith("--bind 127.0.0.1"));
  }
};

QTEST_GUILESS_MAIN(TestSwarmReplication)
#include "tst_swarmreplication.moc"
