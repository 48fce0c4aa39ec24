// Extra Docker Engines joined to this engine's swarm as workers (tests/docker/multinode.sh), for
// the Docker tests that need several machines: start, label, kill and remove them.
#pragma once

#include <QString>
#include <QStringList>

#include "SwarmFixture.h"

namespace swarmlab::test {

class MultiNode {
 public:
  explicit MultiNode(SwarmFixture& fx) : fx_(fx) {}

  /// fx.setUp(labName), a swarm made here (never an existing one: skipped then), root, and
  /// workers `names` up. "" when ready; else the reason to skip ("FAIL: ..." to fail), with
  /// whatever was set up undone.
  QString prepare(const QString& labName, const QStringList& names);
  /// multinode.sh with args; its exit code in *rc (-1: did not finish in 120 s), its output.
  QString run(const QStringList& args, int* rc);
  /// Labels the swarm node (hostname or id) as lab node `name` of `layer`; `also`: more lab
  /// nodes it hosts (swarmlab.names). "" when done, else what failed.
  QString label(const QString& node, const QString& name, const QString& layer,
                const QString& also = {});
  /// The manager's own node id ("" when /info does not say).
  QString managerId();
  /// The workers down and the fixture torn down: the problems found (empty: clean).
  QStringList undo();

 private:
  SwarmFixture& fx_;
  QStringList up_;  ///< workers started by prepare()
};

}  // namespace swarmlab::test
