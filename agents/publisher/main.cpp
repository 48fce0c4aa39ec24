// swarmlab-publisher: publishes the lab time with a sequence number to the clock channel every
// period (Publisher); flags and environment in Config, the run around it in AgentRuntime.
#include "AgentRuntime.hpp"
#include "Publisher.hpp"

int main(int argc, char** argv) {
  using namespace swarmlab::agents;
  return runAgent<Publisher>(argc, argv, "swarmlab-publisher", parsePublisherArgs, "seq,t_us\n");
}
