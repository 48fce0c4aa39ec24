// StreamDecoder without Redis: XREAD and MGET replies built by hand (hiredis reply trees),
// including the malformed parts a decoder must skip rather than trust.
#include <QtTest>

#include <hiredis/hiredis.h>

#include <deque>
#include <string>

#include "StreamDecoder.h"

using namespace swarmlab;

namespace {

/// Owns the nodes of a reply tree made by hand.
class Replies {
 public:
  redisReply* str(const std::string& s) {
    strings_.push_back(s);
    redisReply* r = node(REDIS_REPLY_STRING);
    r->str = strings_.back().data();
    r->len = strings_.back().size();
    return r;
  }
  redisReply* nil() { return node(REDIS_REPLY_NIL); }
  redisReply* integer(long long v) {
    redisReply* r = node(REDIS_REPLY_INTEGER);
    r->integer = v;
    return r;
  }
  redisReply* array(std::initializer_list<redisReply*> items) {
    arrays_.emplace_back(items);
    redisReply* r = node(REDIS_REPLY_ARRAY);
    r->elements = arrays_.back().size();
    r->element = arrays_.back().data();
    return r;
  }
  /// One stream entry: id and field/value pairs.
  redisReply* entry(const std::string& id, std::initializer_list<std::string> kv) {
    std::vector<redisReply*> fields;
    for (const auto& s : kv) fields.push_back(str(s));
    arrays_.push_back(fields);
    redisReply* f = node(REDIS_REPLY_ARRAY);
    f->elements = arrays_.back().size();
    f->element = arrays_.back().data();
    return array({str(id), f});
  }

 private:
  redisReply* node(int type) {
    nodes_.push_back(redisReply{});
    nodes_.back().type = type;
    return &nodes_.back();
  }
  std::deque<redisReply> nodes_;
  std::deque<std::string> strings_;
  std::deque<std::vector<redisReply*>> arrays_;
};

}  // namespace

class TestStreamDecoder : public QObject {
  Q_OBJECT
 private slots:
  void xreadEntriesInOrderWithTheirStream() {
    Replies r;
    const std::vector<std::string> streams{"lab:metrics", "lab:events"};
    redisReply* reply = r.array(
        {r.array({r.str("lab:events"),
                  r.array({r.entry("5-0", {"kind", "subscriber", "instance", "subscriber.1.1",
                                           "event", "first_message", "t_us", "1700000000123456"}),
                           r.entry("6-0", {"event", "stopped", "last_update_us", "42"})})}),
         r.array({r.str("other:stream"), r.array({r.entry("7-0", {"x", "y"})})}),
         r.array(
             {r.str("lab:metrics"), r.array({r.entry("8-1", {"t", "1700000000", "kind", "publisher",
                                                             "count", "500", "failed", "2"})})})});
    const QList<StreamEntry> e = streamdecoder::decodeXRead(reply, streams);
    QCOMPARE(e.size(), 3);  // the unknown stream is skipped
    QCOMPARE(e[0].stream, 1);
    QCOMPARE(e[0].id, std::string("5-0"));
    const AgentEvent ev = streamdecoder::toEvent(e[0].fields);
    QCOMPARE(ev.event, QStringLiteral("first_message"));
    QCOMPARE(ev.instance, QStringLiteral("subscriber.1.1"));
    QCOMPARE(ev.tUs, 1700000000123456LL);
    QCOMPARE(streamdecoder::toEvent(e[1].fields).lastUpdateUs, 42);
    QCOMPARE(e[2].stream, 0);
    QCOMPARE(e[2].id, std::string("8-1"));
    const MetricSample m = streamdecoder::toMetric(e[2].fields);
    QCOMPARE(m.second, 1700000000);
    QCOMPARE(m.count, 500);
    QCOMPARE(m.failed, 2);
    QCOMPARE(m.lagP99Us, 0);  // missing fields read as 0
  }

  void malformedPartsAreSkipped() {
    Replies r;
    const std::vector<std::string> streams{"s"};
    QVERIFY(streamdecoder::decodeXRead(nullptr, streams).isEmpty());  // XREAD timed out
    QVERIFY(streamdecoder::decodeXRead(r.nil(), streams).isEmpty());
    redisReply* reply = r.array({
        r.integer(3),                                           // not a [name, entries] pair
        r.array({r.str("s")}),                                  // one element only
        r.array({r.integer(1), r.array({})}),                   // name not a string
        r.array({r.str("s"), r.integer(2)}),                    // entries not an array
        r.array({r.str("s"), r.array({r.integer(9),             // entry not a pair
                                      r.array({r.str("1-0")}),  // entry without fields
                                      r.entry("2-0", {"count", "7", "dangling"})})}),
    });
    const QList<StreamEntry> e = streamdecoder::decodeXRead(reply, streams);
    QCOMPARE(e.size(), 1);
    QCOMPARE(e[0].id, std::string("2-0"));
    QCOMPARE(e[0].fields.size(), 1);  // the odd last field has no value
    QCOMPARE(e[0].fields.value("count"), QStringLiteral("7"));
  }

  void displays() {
    Replies r;
    const QStringList instances{"a", "b", "c", "d"};
    redisReply* reply = r.array({r.str("42 1700000000000000 3f065b4f666d7d07"), r.nil(),
                                 r.str("42 1700000000000000 zz")});  // "d": reply too short
    const QList<DisplaySnapshot> d = streamdecoder::decodeDisplays(reply, instances);
    QCOMPARE(d.size(), 4);
    QVERIFY(d[0].valid);
    QCOMPARE(d[0].seq, 42u);
    QCOMPARE(d[0].tUs, 1700000000000000LL);
    QCOMPARE(quint8(d[0].segments[1]), quint8(0x06));
    QCOMPARE(d[1].instance, QStringLiteral("b"));
    QVERIFY(!d[1].valid);
    QVERIFY(!d[2].valid);
    QVERIFY(!d[3].valid);
  }
};

QTEST_GUILESS_MAIN(TestStreamDecoder)
#include "tst_streamdecoder.moc"
