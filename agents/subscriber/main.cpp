// swarmlab-subscriber: subscribes to the clock channel, measures the lag of every message in
// lab time and drives the display (Subscriber); flags and environment in Config, the run
// around it in AgentRuntime.
#include "AgentRuntime.hpp"
#include "Subscriber.hpp"

int main(int argc, char** argv) {
  using namespace swarmlab::agents;
  return runAgent<Subscriber>(argc, argv, "swarmlab-subscriber", parseSubscriberArgs,
                              "seq,t_us,lag_us\n");
}
