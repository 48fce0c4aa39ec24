// Processes of this machine seen through /proc, for tests that check what a run left behind.
#pragma once

#include <string>
#include <vector>

namespace swarmlab::test {

/// Processes (any parent) whose environment holds `entry` (e.g. "SWARMLAB_TEST_MARK=<uuid>").
/// redis-server rewrites its environment for its process title: it is not found this way.
std::vector<long> processesWithEnv(const std::string& entry);

}  // namespace swarmlab::test
