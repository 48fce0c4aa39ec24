// ServiceSpec: the spec of a new service from a lab template, and the edits of migrate, restart
// and scale on specs as the engine returns them, including specs we did not write (issue 10:
// a Global-mode service made `["Replicated"].value` throw and the program end in
// std::terminate; fields of another type or missing): errors naming the field, never a throw.
#include <QtTest>

#include "ServiceSpec.h"

using namespace swarmlab;
using nlohmann::json;

namespace {

ServiceTemplate subscriber() {
  ServiceTemplate t;
  t.name = "subscriber";
  t.kind = "subscriber";
  t.command = {"${bin}/swarmlab-subscriber", "--node", "${node}"};
  t.env = {{"SWARMLAB_REDIS_URL", "${redis_url}"}, {"EXTRA", "x-${instance}"}};
  t.image = "swarmlab/subscriber:latest";
  t.restart = {RestartPolicy::Condition::OnFailure, 200, 5, 60000};
  t.order = UpdateOrder::StartFirst;
  return t;
}

ServiceTemplate redisTemplate() {
  ServiceTemplate r;
  r.name = "redis";
  r.command = {"redis-server"};
  return r;
}

SpecContext context() {
  SpecContext c;
  c.lab = "paper";
  c.service = "subscriber";
  c.swarmName = "t-subscriber";
  c.session = "s1";
  c.redisUrl = "redis://10.0.0.2:6390";
  c.image = "sha256:abc";
  c.placement = {"n1", "x86_64", "pi1", Placement::Pinned, {}, {}};
  return c;
}

QStringList strings(const json& a) {
  QStringList out;
  for (const auto& x : a) out << QString::fromStdString(x.get<std::string>());
  return out;
}

ServiceSpec engineSpec(const char* text) {
  auto s = ServiceSpec::fromEngine(json::parse(text), nullptr);
  if (!s) qFatal("not an object: %s", text);
  return *s;
}

}  // namespace

class TestServiceSpec : public QObject {
  Q_OBJECT
 private slots:
  void createFromTemplate() {
    const json j = ServiceSpec::create(subscriber(), context()).toJson();
    QCOMPARE(j["Name"], "t-subscriber");
    QCOMPARE(j["Labels"]["swarmlab.lab"], "paper");
    QCOMPARE(j["Labels"]["swarmlab.node"], "pi1");
    QCOMPARE(j["Labels"]["swarmlab.session"], "s1");
    const json& c = j["TaskTemplate"]["ContainerSpec"];
    QCOMPARE(c["Image"], "sha256:abc");
    const QStringList env = strings(c["Env"]);
    QVERIFY(env.contains("SWARMLAB_REDIS_URL=redis://10.0.0.2:6390"));
    QVERIFY(env.contains("EXTRA=x-{{.Task.Name}}"));
    QVERIFY(env.contains("SWARMLAB_NODE=pi1"));
    QVERIFY(env.contains("SWARMLAB_INSTANCE={{.Task.Name}}"));
    QCOMPARE(env.filter("SWARMLAB_REDIS_URL=").size(), 1);  // the template's, not twice
    QCOMPARE(strings(c["Args"]), (QStringList{"--node", "pi1"}));
    QCOMPARE(strings(j["TaskTemplate"]["Placement"]["Constraints"]),
             (QStringList{"node.id==n1", "node.platform.arch==x86_64"}));
    QCOMPARE(j["TaskTemplate"]["RestartPolicy"]["Delay"], 200000000);
    QCOMPARE(j["TaskTemplate"]["RestartPolicy"]["Condition"], "on-failure");
    QCOMPARE(j["UpdateConfig"]["Order"], "start-first");
    QCOMPARE(j["Mode"]["Replicated"]["Replicas"], 1);
    QVERIFY(!j["TaskTemplate"].contains("Networks"));
    QCOMPARE(ServiceSpec::create(subscriber(), context()).pinnedNodeId(), std::string("n1"));
  }

  void createRedis() {
    ServiceTemplate r;
    r.name = "redis";
    r.command = {"redis-server", "--port", "${redis_port}"};
    SpecContext c = context();
    c.redisPort = 7001;
    c.network = "host";
    const json j = ServiceSpec::create(r, c).toJson();
    const QStringList args = strings(j["TaskTemplate"]["ContainerSpec"]["Args"]);
    QCOMPARE(args.mid(args.indexOf("--port"), 2), (QStringList{"--port", "7001"}));
    QCOMPARE(j["Labels"]["swarmlab.redis.url"], "redis://10.0.0.2:6390");
    QCOMPARE(j["TaskTemplate"]["Networks"][0]["Target"], "host");
  }

  void redisListensOnTheLabNetworkOnly() {
    // Issue 11: it listened on 0.0.0.0 with protected mode off. Now on the gateway's address on
    // the lab network; protected mode on once it has a password (without one Redis 7 refuses
    // every agent, none being on loopback).
    ServiceTemplate r;
    r.name = "redis";
    r.command = {"redis-server"};
    SpecContext c = context();
    c.redisBind = "192.0.2.2";
    auto args = [&] {
      return strings(ServiceSpec::create(r, c).toJson()["TaskTemplate"]["ContainerSpec"]["Args"]);
    };
    QCOMPARE(args().mid(args().indexOf("--bind"), 2), (QStringList{"--bind", "192.0.2.2"}));
    QVERIFY(!args().contains("0.0.0.0"));
    QCOMPARE(args().mid(args().indexOf("--protected-mode"), 2),
             (QStringList{"--protected-mode", "no"}));
    c.redisRequiresAuth = true;
    QCOMPARE(args().mid(args().indexOf("--protected-mode"), 2),
             (QStringList{"--protected-mode", "yes"}));
  }

  void hardenedAsFarAsTheApiGoes_data() {
    QTest::addColumn<QString>("api");
    QTest::addColumn<bool>("capDrop");
    QTest::addColumn<bool>("noNewPrivileges");
    QTest::newRow("1.30 (oldest spoken)") << "1.30" << false << false;
    QTest::newRow("1.40 (Docker 19.03)") << "1.40" << false << false;
    QTest::newRow("1.41 (Docker 20.10)") << "1.41" << true << false;
    QTest::newRow("1.43 (Docker 24.0)") << "1.43" << true << false;
    QTest::newRow("1.44 (Docker 25.0)") << "1.44" << true << true;
  }
  void hardenedAsFarAsTheApiGoes() {
    QFETCH(QString, api);
    QFETCH(bool, capDrop);
    QFETCH(bool, noNewPrivileges);
    SpecContext c = context();
    c.apiVersion = api.toStdString();
    for (const ServiceTemplate& t : {subscriber(), redisTemplate()}) {
      const json cs = ServiceSpec::create(t, c).toJson()["TaskTemplate"]["ContainerSpec"];
      QCOMPARE(cs["ReadOnly"], true);
      QCOMPARE(cs["Mounts"][0]["Type"], "tmpfs");  // the one place to write: /tmp
      QCOMPARE(cs["Mounts"][0]["Target"], "/tmp");
      QVERIFY(cs["Mounts"][0]["TmpfsOptions"]["SizeBytes"].get<std::int64_t>() > 0);
      QCOMPARE(cs.contains("CapabilityDrop"), capDrop);
      if (capDrop) QCOMPARE(strings(cs["CapabilityDrop"]), QStringList{"ALL"});
      QCOMPARE(cs.contains("Privileges"), noNewPrivileges);
      if (noNewPrivileges) QCOMPARE(cs["Privileges"]["NoNewPrivileges"], true);
      QVERIFY(!cs.contains("User"));  // the images' own non-root user (USER 10001)
    }
  }

  void limitsFromTheTemplate() {
    ServiceTemplate t = subscriber();
    QVERIFY(!ServiceSpec::create(t, context()).toJson()["TaskTemplate"].contains("Resources"));
    t.limits.memoryMb = 64;
    t.limits.cpus = 0.5;
    json res = ServiceSpec::create(t, context()).toJson()["TaskTemplate"]["Resources"];
    QCOMPARE(res["Limits"]["MemoryBytes"], std::int64_t{64} * 1024 * 1024);
    QCOMPARE(res["Limits"]["NanoCPUs"], std::int64_t{500000000});
    t.limits = {};
    t.limits.cpus = 0.01;  // the smallest share Docker takes
    res = ServiceSpec::create(t, context()).toJson()["TaskTemplate"]["Resources"];
    QCOMPARE(res["Limits"]["NanoCPUs"], std::int64_t{10000000});
    QVERIFY(!res["Limits"].contains("MemoryBytes"));
  }

  // Issue 11: the password reaches tasks as a Docker secret; the spec holds none.
  void credentialsOnlyBySecret() {
    SpecContext c = context();
    c.redisEnv = {{"SWARMLAB_REDIS_USER", "swarmlab-agent"},
                  {"SWARMLAB_REDIS_PASSWORD_FILE", "/run/secrets/swarmlab-redis-password"}};
    c.secrets = {{"sid1", "swarmlab-paper-password-0123", "swarmlab-redis-password"}};
    const json j = ServiceSpec::create(subscriber(), c).toJson();
    const json& cs = j["TaskTemplate"]["ContainerSpec"];
    const QStringList env = strings(cs["Env"]);
    QVERIFY(env.contains("SWARMLAB_REDIS_USER=swarmlab-agent"));
    QVERIFY(env.contains("SWARMLAB_REDIS_PASSWORD_FILE=/run/secrets/swarmlab-redis-password"));
    QCOMPARE(cs["Secrets"][0]["SecretID"], "sid1");
    QCOMPARE(cs["Secrets"][0]["SecretName"], "swarmlab-paper-password-0123");
    QCOMPARE(cs["Secrets"][0]["File"]["Name"], "swarmlab-redis-password");
    QCOMPARE(cs["Secrets"][0]["File"]["Mode"], 0444);
    ServiceTemplate r;
    r.name = "redis";
    c.secrets = {{"sid2", "swarmlab-paper-acl-4567", "swarmlab-redis.acl"}};
    c.aclFile = "/run/secrets/swarmlab-redis.acl";
    const json rj = ServiceSpec::create(r, c).toJson();
    const QStringList args = strings(rj["TaskTemplate"]["ContainerSpec"]["Args"]);
    QCOMPARE(args.mid(args.indexOf("--aclfile"), 2),
             (QStringList{"--aclfile", "/run/secrets/swarmlab-redis.acl"}));
    QCOMPARE(rj["TaskTemplate"]["ContainerSpec"]["Secrets"][0]["SecretID"], "sid2");
  }

  void placeOnKeepsForeignConstraints() {
    ServiceSpec s = ServiceSpec::create(subscriber(), context());
    json edited = s.toJson();
    edited["TaskTemplate"]["Placement"]["Constraints"].push_back("node.labels.room==lab");
    s = *ServiceSpec::fromEngine(edited, nullptr);
    QString why;
    QVERIFY2(s.placeOn({"n2", "aarch64", "pi2", Placement::Pinned, {}, {}}, &why), qPrintable(why));
    QVERIFY2(s.setOrder(UpdateOrder::StopFirst, &why), qPrintable(why));
    const json& j = s.toJson();
    QCOMPARE(strings(j["TaskTemplate"]["Placement"]["Constraints"]),
             (QStringList{"node.id==n2", "node.platform.arch==aarch64", "node.labels.room==lab"}));
    const QStringList env = strings(j["TaskTemplate"]["ContainerSpec"]["Env"]);
    QVERIFY(env.contains("SWARMLAB_NODE=pi2"));
    QVERIFY(!env.contains("SWARMLAB_NODE=pi1"));
    QCOMPARE(j["Labels"]["swarmlab.node"], "pi2");
    QCOMPARE(j["TaskTemplate"]["ContainerSpec"]["Labels"]["swarmlab.node"], "pi2");
    QCOMPARE(j["UpdateConfig"]["Order"], "stop-first");
    QCOMPARE(s.pinnedNodeId(), std::string("n2"));
  }

  void failoverConstraintsAndUnpin() {
    ServiceTemplate t = subscriber();
    t.placement = Placement::Failover;
    t.needs = {"display"};
    SpecContext c = context();
    c.placement = {"n1", "aarch64", "pi1", Placement::Failover, "sensing", {"display"}};
    ServiceSpec s = ServiceSpec::create(t, c);
    QCOMPARE(s.placement(), Placement::Failover);
    QCOMPARE(s.toJson()["Labels"]["swarmlab.placement"], "failover");
    // Pinned to the preferred node until its first task runs there; then only the lab's rules.
    QCOMPARE(strings(s.toJson()["TaskTemplate"]["Placement"]["Constraints"]),
             (QStringList{"node.id==n1", "node.platform.arch==aarch64",
                          "node.labels.swarmlab.layer==sensing",
                          "node.labels.swarmlab.cap.display==true"}));
    // It may run elsewhere: the agent names the machine it runs on, not the preferred node.
    const QStringList env = strings(s.toJson()["TaskTemplate"]["ContainerSpec"]["Env"]);
    QVERIFY(env.contains("SWARMLAB_NODE={{.Node.Hostname}}"));
    QCOMPARE(strings(s.toJson()["TaskTemplate"]["ContainerSpec"]["Args"]),
             (QStringList{"--node", "{{.Node.Hostname}}"}));
    QCOMPARE(s.toJson()["Labels"]["swarmlab.node"], "pi1");  // the preferred one
    json before = s.toJson();
    QString why;
    QVERIFY(s.unpin(&why));
    QCOMPARE(strings(s.toJson()["TaskTemplate"]["Placement"]["Constraints"]),
             (QStringList{"node.platform.arch==aarch64", "node.labels.swarmlab.layer==sensing",
                          "node.labels.swarmlab.cap.display==true"}));
    QCOMPARE(s.pinnedNodeId(), std::string());
    // Nothing but the constraints changed: Swarm keeps the running task.
    before["TaskTemplate"]["Placement"] = s.toJson()["TaskTemplate"]["Placement"];
    QCOMPARE(before, s.toJson());
    // A migrate of a failover service replaces our constraints, layer and capabilities too.
    QVERIFY(s.placeOn({"n7", "x86_64", "gw1", Placement::Failover, "mediation", {}}, &why));
    QCOMPARE(strings(s.toJson()["TaskTemplate"]["Placement"]["Constraints"]),
             (QStringList{"node.id==n7", "node.platform.arch==x86_64",
                          "node.labels.swarmlab.layer==mediation"}));
    QCOMPARE(ServiceSpec::create(subscriber(), context()).placement(), Placement::Pinned);
  }

  void forceUpdateCounts() {
    ServiceSpec s = engineSpec(R"({"TaskTemplate":{"ForceUpdate":4}})");
    QString why;
    QVERIFY(s.forceUpdate(&why));
    QCOMPARE(s.toJson()["TaskTemplate"]["ForceUpdate"], 5);
    ServiceSpec none = engineSpec("{}");  // absent: the first restart makes it 1
    QVERIFY(none.forceUpdate(&why));
    QCOMPARE(none.toJson()["TaskTemplate"]["ForceUpdate"], 1);
  }

  void replicas_data() {
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<int>("expect");  // -1: an error containing `error`
    QTest::addColumn<QString>("error");
    QTest::newRow("replicated") << QByteArray(R"({"Mode":{"Replicated":{"Replicas":3}}})") << 3
                                << "";
    QTest::newRow("no mode") << QByteArray("{}") << 1 << "";
    QTest::newRow("no count") << QByteArray(R"({"Mode":{"Replicated":{}}})") << 1 << "";
    QTest::newRow("global") << QByteArray(R"({"Mode":{"Global":{}}})") << -1 << "Global";
    QTest::newRow("replicated null")
        << QByteArray(R"({"Mode":{"Replicated":null}})") << -1 << "replicated service was expected";
    QTest::newRow("mode string") << QByteArray(R"({"Mode":"replicated"})") << -1
                                 << "Spec.Mode: expected an object, found string";
    QTest::newRow("count string") << QByteArray(R"({"Mode":{"Replicated":{"Replicas":"2"}}})") << -1
                                  << "Replicas: expected a count";
    QTest::newRow("count negative") << QByteArray(R"({"Mode":{"Replicated":{"Replicas":-2}}})")
                                    << -1 << "Replicas: expected a count";
  }
  void replicas() {
    QFETCH(QByteArray, spec);
    QFETCH(int, expect);
    QFETCH(QString, error);
    ServiceSpec s = engineSpec(spec.constData());
    QString why;
    const auto n = s.replicas(&why);
    if (expect >= 0) {
      QVERIFY2(n.has_value(), qPrintable(why));
      QCOMPARE(*n, expect);
    } else {
      QVERIFY(!n);
      QVERIFY2(why.contains(error), qPrintable(why));
    }
  }

  void scaleGlobalIsAnError() {
    ServiceSpec s = engineSpec(R"({"Name":"g","Mode":{"Global":{}}})");
    QString why;
    QVERIFY(!s.setReplicas(2, &why));
    QVERIFY2(why.contains("Global"), qPrintable(why));
    QVERIFY(!s.toJson()["Mode"].contains("Replicated"));  // not turned into a replicated one
    ServiceSpec r = engineSpec(R"({"Mode":{"Replicated":{"Replicas":1}}})");
    QVERIFY(!r.setReplicas(-1, &why));
    QVERIFY2(why.contains("-1"), qPrintable(why));
    QVERIFY(r.setReplicas(0, &why));
    QCOMPARE(r.toJson()["Mode"]["Replicated"]["Replicas"], 0);
    QVERIFY(r.setReplicas(2, &why));  // what scale() sends is read back as the count it set
    QCOMPARE(r.replicas(&why), std::optional<int>(2));
  }

  void malformedSpecsAreErrors_data() {
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QString>("field");  // named in the error of placeOn or forceUpdate
    QTest::newRow("TaskTemplate string") << QByteArray(R"({"TaskTemplate":"x"})")
                                         << "Spec.TaskTemplate: expected an object, found string";
    QTest::newRow("Placement array") << QByteArray(R"({"TaskTemplate":{"Placement":[]}})")
                                     << "Spec.TaskTemplate.Placement: expected an object";
    QTest::newRow("Constraints object")
        << QByteArray(R"({"TaskTemplate":{"Placement":{"Constraints":{}}}})")
        << "Spec.TaskTemplate.Placement.Constraints: expected an array, found object";
    QTest::newRow("Env string")
        << QByteArray(R"({"TaskTemplate":{"ContainerSpec":{"Env":"A=B"}}})")
        << "Spec.TaskTemplate.ContainerSpec.Env: expected an array, found string";
    QTest::newRow("ContainerSpec number")
        << QByteArray(R"({"TaskTemplate":{"ContainerSpec":5}})")
        << "Spec.TaskTemplate.ContainerSpec: expected an object, found number";
    QTest::newRow("Labels array") << QByteArray(R"({"Labels":[]})")
                                  << "Spec.Labels: expected an object, found array";
    QTest::newRow("ForceUpdate string")
        << QByteArray(R"({"TaskTemplate":{"ForceUpdate":"1"}})")
        << "Spec.TaskTemplate.ForceUpdate: expected a number, found string";
  }
  void malformedSpecsAreErrors() {
    QFETCH(QByteArray, spec);
    QFETCH(QString, field);
    ServiceSpec a = engineSpec(spec.constData());
    ServiceSpec b = engineSpec(spec.constData());
    QString whyPlace, whyForce;
    const bool placed = a.placeOn({"n2", "", "pi2", Placement::Pinned, {}, {}}, &whyPlace);
    const bool forced = b.forceUpdate(&whyForce);
    QVERIFY(!placed || !forced);
    const QString why = placed ? whyForce : whyPlace;
    QVERIFY2(why.contains(field), qPrintable(why));
    // Entries of another type inside the arrays are passed over, not dereferenced.
    ServiceSpec odd = engineSpec(
        R"({"TaskTemplate":{"Placement":{"Constraints":[1,null,"node.id==x"]},
            "ContainerSpec":{"Env":[{"a":1},"SWARMLAB_NODE=old"]}}})");
    QVERIFY(odd.placeOn({"n2", "", "pi2", Placement::Pinned, {}, {}}, &whyPlace));
    QCOMPARE(odd.toJson()["TaskTemplate"]["Placement"]["Constraints"][0], "node.id==n2");
    QCOMPARE(odd.toJson()["TaskTemplate"]["Placement"]["Constraints"].size(), size_t(3));
  }

  void fromEngineNeedsAnObject() {
    QString why;
    QVERIFY(!ServiceSpec::fromEngine(json::array(), &why));
    QVERIFY2(why.contains("Spec: expected an object, found array"), qPrintable(why));
    QVERIFY(!ServiceSpec::fromEngine(json(), &why));
  }

  void nodeSpecEdits() {
    json spec = json::parse(R"({"Role":"worker","Labels":{"swarmlab.name":"pi1","x":"y"}})");
    QString why;
    QVERIFY(setNodeLabel(spec, "swarmlab.layer", "sensing", &why));
    QVERIFY(setNodeLabel(spec, "swarmlab.name", "", &why));  // empty removes it
    QCOMPARE(spec["Labels"], json::parse(R"({"swarmlab.layer":"sensing","x":"y"})"));
    QVERIFY(setNodeAvailability(spec, "drain", &why));
    QCOMPARE(spec["Availability"], "drain");
    json noLabels = json::object();
    QVERIFY(setNodeLabel(noLabels, "swarmlab.name", "pi2", &why));
    QCOMPARE(noLabels["Labels"]["swarmlab.name"], "pi2");
    json badLabels = json::parse(R"({"Labels":"pi1"})");
    QVERIFY(!setNodeLabel(badLabels, "swarmlab.name", "pi2", &why));
    QVERIFY2(why.contains("node Spec.Labels: expected an object, found string"), qPrintable(why));
    json notObject = json::array();
    QVERIFY(!setNodeAvailability(notObject, "active", &why));
    QVERIFY(!setNodeLabel(notObject, "a", "b", &why));
  }
};

QTEST_GUILESS_MAIN(TestServiceSpec)
#include "tst_servicespec.moc"
