#include "MultiNode.h"

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "DockerParse.h"

namespace swarmlab::test {

namespace {
std::string_view view(const QByteArray& b) { return {b.constData(), size_t(b.size())}; }
}  // namespace

QString MultiNode::prepare(const QString& labName, const QStringList& names) {
  QString why = fx_.setUp(labName);
  if (!why.isEmpty()) return why;
  if (fx_.swarmStateBefore() != QLatin1String("inactive"))
    return "the engine is in a swarm already (" + fx_.swarmStateBefore() +
           "); not adding nodes to it";
  if (::geteuid() != 0) return QStringLiteral("extra dockerd instances need root");
  why = fx_.initSwarmIfInactive();
  if (!why.isEmpty()) return QStringLiteral("FAIL: ") + why;
  int rc = 0;
  const QString out = run(QStringList{QStringLiteral("up")} + names, &rc);
  up_ = names;
  if (rc == 0) return {};
  const QStringList problems = undo();
  return "multinode.sh up " + names.join(u' ') + " refused: " + out +
         (problems.isEmpty() ? QString() : "; cleanup: " + problems.join("; "));
}

QString MultiNode::run(const QStringList& args, int* rc) {
  // `up` loads the images into each node's engine (vfs storage): under a load average of 5-6
  // on 2 cores the second of two nodes was not up within 120 s, and the test skipped
  return SwarmFixture::multinode(args, rc, 300000);
}

QString MultiNode::label(const QString& node, const QString& name, const QString& layer,
                         const QString& also) {
  return fx_.labelNode(node, name, layer, also);
}

QString MultiNode::managerId() {
  DockerResponse info = fx_.http().request("GET", "/info");
  auto i = info.ok() ? docker::parseInfo(view(info.body)) : std::nullopt;
  return i ? QString::fromStdString(i->nodeId) : QString();
}

QStringList MultiNode::undo() {
  QStringList problems;
  if (!up_.isEmpty()) {
    int rc = 0;
    const QString out = run(QStringList{QStringLiteral("down")} + up_, &rc);
    if (rc != 0) problems << "multinode.sh down: " + out;
    up_.clear();
  }
  if (!fx_.swarmStateBefore().isEmpty()) problems << fx_.tearDown();
  return problems;
}

}  // namespace swarmlab::test
