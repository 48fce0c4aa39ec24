// libFuzzer target: the console's telemetry decoding (app/core/telemetry/StreamDecoder) on
// whatever the lab's Redis answers: arbitrary RESP bytes are parsed by hiredis' own reader, as
// on the worker's connection, and every reply goes through decodeXRead (then toMetric and
// toEvent, as TelemetryWorker::readStreams) and decodeDisplays. Besides "no undefined
// behaviour": entries name a stream that was asked for, and there is one display snapshot per
// instance asked for.
#include <hiredis/hiredis.h>

#include <QString>
#include <QStringList>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "RedisReply.hpp"
#include "StreamDecoder.h"

namespace {

using namespace swarmlab;

void check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz_stream_decoder: %s\n", what);
  std::abort();  // libFuzzer keeps the input as crash-*
}

void decode(const redisReply* reply) {
  static const std::vector<std::string> streams{"swarmlab:metrics", "swarmlab:events"};
  for (const StreamEntry& e : streamdecoder::decodeXRead(reply, streams)) {
    check(e.stream >= 0 && e.stream < int(streams.size()), "an entry of a stream not asked for");
    if (e.stream == 0)
      (void)streamdecoder::toMetric(e.fields);
    else
      (void)streamdecoder::toEvent(e.fields);
  }
  static const QStringList instances{QStringLiteral("subscriber.1.1"),
                                     QStringLiteral("subscriber.2.1"), QStringLiteral("x")};
  const auto displays = streamdecoder::decodeDisplays(reply, instances);
  check(displays.size() == instances.size(), "not one snapshot per instance");
  for (const auto& d : displays) check(!d.valid || d.segments.size() == 8, "segments not 8 bytes");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  decode(nullptr);  // XREAD BLOCK timed out
  redisReader* reader = redisReaderCreate();
  check(reader != nullptr, "redisReaderCreate");
  // As on every connection (connectRedis): hiredis 0.14 would calloc an array's whole element
  // table from a "*<n>" header alone; the bound refuses more than kMaxReplyElements.
  redis::boundReplies(reader);
  if (redisReaderFeed(reader, reinterpret_cast<const char*>(data), size) == REDIS_OK) {
    void* reply = nullptr;
    while (redisReaderGetReply(reader, &reply) == REDIS_OK && reply != nullptr) {
      decode(static_cast<const redisReply*>(reply));
      freeReplyObject(reply);
      reply = nullptr;
    }
  }
  redis::freeReplyBound(reader);
  redisReaderFree(reader);
  return 0;
}
