// The Swarm rows of bench_faults (issue 10), on this machine's Docker Engine with the
// multi-engine harness tests/docker/multinode.sh, holding /tmp/swarmlab-docker.lock throughout:
//   node failure, heartbeat 1 s and 5 s (Swarm's default): workers pi1 and pi2 join this engine's
//     swarm; a failover subscriber runs on one, the publisher on the manager; the worker's engine
//     is killed (`multinode.sh kill`: dockerd, containerd, shims and containers SIGKILLed) and
//     Swarm reschedules the subscriber on the other worker. The killed engine is started again
//     afterwards (`multinode.sh start`) to read its containers' logs;
//   Docker daemon restart: the lab on an engine of its own (`multinode.sh manager mgr9`), that
//     dockerd stopped and started again (`multinode.sh restart mgr9`).
// Every agent writes its --log to stdout; the rows compare the recorded run with those logs as
// the engines keep them (GET /containers/{id}/logs, on each engine). Rows that cannot run say
// why ("skipped: ..."). The engine is left as it was found.
#pragma once

namespace swarmlab::bench {

/// Prints the Swarm rows (or why they are skipped); settleMs before and after each fault.
void runSwarmFaults(int settleMs);

}  // namespace swarmlab::bench
