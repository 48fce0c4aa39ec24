// What every Swarm test needs: a reachable engine (else a skip reason), a swarm (initialised
// here only if the engine had none, and left again at the end), the agent images built from
// this build, and the removal of everything labelled with the test's lab name.
#pragma once

#include <QCoreApplication>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QTest>

#include <cstdio>

#include <memory>
#include <optional>

#include <nlohmann/json.hpp>

#include "DockerHttp.h"
#include "LabTypes.h"
#include "Orchestrator.h"

namespace swarmlab::test {

class SwarmFixture {
 public:
  /// Empty string: ready. Otherwise the reason to skip (no engine) or fail (with "FAIL: ").
  QString setUp(const QString& labName);
  /// Removes services labelled swarmlab.lab=<labName>; leaves the swarm if setUp created it.
  /// Returns problems found (empty = clean).
  QStringList tearDown();
  ~SwarmFixture();

  /// Initialises a single-node swarm when the engine has none (heartbeat 1 s), labelled as a
  /// test's (io.swarmlab.test) so that reclaim() can take it back. "" when fine.
  QString initSwarmIfInactive();
  /// Runs tests/docker/reclaim.sh: leaves a swarm a crashed test left (labelled
  /// io.swarmlab.test) and stops leftover extra engines. What it did ("" = nothing), or
  /// "FAIL: ..." when it failed. setUp() calls it with the engine lock held.
  static QString reclaim();
  DockerHttp& http() { return *http_; }
  QString swarmStateBefore() const { return stateBefore_; }
  bool initialisedSwarm() const { return initialised_; }
  /// The paper lab with its name changed to labName (isolates labels and services).
  Lab lab() const { return lab_; }
  QString labName() const { return labName_; }
  /// A TCP port free on this machine (for the redis service on the host network).
  static int freePort();
  /// orch->shutdown() and runs the event loop until shutdownFinished() (false after timeoutMs).
  static bool shutdownAndWait(Orchestrator* orch, int timeoutMs = 30000);
  /// Swarm services carrying swarmlab.lab=<labName>.
  QStringList labServices();
  /// Runs packaging/docker/build-images.sh for the agents of this build; "" when fine.
  static QString buildImages(QString* output = nullptr);
  /// The swarm state of the engine ("inactive", "active", ...) or "" when unreachable.
  QString swarmState();

  // The multi-engine harness (tests/docker/multinode.sh): extra engines named like lab nodes.
  /// Runs `multinode.sh ARGS...`; its exit code in *rc (-1: crashed or timed out), its output.
  static QString multinode(const QStringList& args, int* rc, int timeoutMs = 180000);
  /// The Engine API endpoint of an extra engine ("unix:///run/swarmlab-nodes/<node>.sock").
  static QString nodeEndpoint(const QString& node);
  /// Labels swarm node `node` (hostname or id) as lab node `name` of `layer` (and `also` as
  /// swarmlab.names); "" when done, else the failed request. *id: the node's swarm id.
  QString labelNode(const QString& node, const QString& name, const QString& layer,
                    const QString& also = {}, QString* id = nullptr);
  /// A service's `node.id==` constraint ("" when it has none, "?" when it cannot be read).
  QString pinnedNode(const QString& serviceId);
  /// Sets the swarm's dispatcher heartbeat period; "" when done.
  QString setHeartbeat(int ms);
  /// Containers of this lab (of one service, when given) on the engine at `endpoint`, as
  /// GET /containers/json gives them (all: the stopped ones too); nullopt when it does not answer.
  std::optional<nlohmann::json> labContainers(const QString& endpoint, const QString& service = {},
                                              bool all = false);

 private:
  std::unique_ptr<DockerHttp> http_;
  QString stateBefore_;
  bool initialised_ = false;
  bool gwbridgeBefore_ = true;
  int lockFd_ = -1;
  QString labName_;
  Lab lab_;
};

/// RESP over a fresh TCP connection: one command, the whole reply as raw bytes.
QByteArray redisRaw(const QString& url, const QList<QByteArray>& command, int timeoutMs = 2000);

/// Waits until `spy` (on Orchestrator::commandFinished) holds command `id`; its result in *ok
/// and *err. False when it did not finish within timeoutMs.
bool waitFinished(QSignalSpy& spy, quint64 id, bool* ok, OrchestratorError* err,
                  int timeoutMs = 90000);

/// One entry of the agents' swarmlab:events stream.
struct AgentEvent {
  QString instance, node, event;
  qint64 tUs = 0;  ///< lab time (the Redis server's clock), microseconds
};
/// Every entry of swarmlab:events at url, oldest first (empty when Redis does not answer).
QList<AgentEvent> agentEvents(const QString& url);

/// main() of a Docker test class with `QString prepare()`: "" runs the test; a reason skips it
/// (exit SWARMLAB_TEST_SKIP_CODE, so ctest shows it skipped, never passed); "FAIL: ..." fails.
#define SWARMLAB_DOCKER_TEST_MAIN(TestClass)         \
  int main(int argc, char** argv) {                  \
    QCoreApplication app(argc, argv);                \
    TestClass test;                                  \
    const QString why = test.prepare();              \
    if (why.startsWith(QLatin1String("FAIL: "))) {   \
      std::fprintf(stderr, "%s\n", qPrintable(why)); \
      return 1;                                      \
    }                                                \
    if (!why.isEmpty()) {                            \
      std::printf("SKIP: %s\n", qPrintable(why));    \
      return SWARMLAB_TEST_SKIP_CODE;                \
    }                                                \
    return QTest::qExec(&test, argc, argv);          \
  }

}  // namespace swarmlab::test
