#include "StreamDecoder.h"

#include <hiredis/hiredis.h>

#include <string_view>

#include "RedisReply.hpp"
#include "wire.hpp"

namespace swarmlab::streamdecoder {

namespace {

QString text(const redisReply* r) {
  const std::string_view s = redis::replyText(r);
  return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString field(const QMap<QString, QString>& f, std::string_view key) {
  return f.value(QString::fromLatin1(key.data(), qsizetype(key.size())));
}

qint64 number(const QMap<QString, QString>& f, std::string_view key) {
  return field(f, key).toLongLong();
}

bool isArray(const redisReply* r, size_t n) {
  return r && r->type == REDIS_REPLY_ARRAY && r->elements == n;
}

}  // namespace

QList<StreamEntry> decodeXRead(const redisReply* reply, const std::vector<std::string>& streams) {
  QList<StreamEntry> out;
  if (!reply || reply->type != REDIS_REPLY_ARRAY) return out;
  for (size_t si = 0; si < reply->elements; ++si) {
    const redisReply* sr = reply->element[si];
    if (!isArray(sr, 2) || sr->element[0]->type != REDIS_REPLY_STRING) continue;
    const std::string name(sr->element[0]->str, sr->element[0]->len);
    int idx = 0;
    while (idx < int(streams.size()) && streams[size_t(idx)] != name) ++idx;
    const redisReply* entries = sr->element[1];
    if (idx == int(streams.size()) || entries->type != REDIS_REPLY_ARRAY) continue;
    for (size_t ei = 0; ei < entries->elements; ++ei) {
      const redisReply* en = entries->element[ei];
      if (!isArray(en, 2) || en->element[0]->type != REDIS_REPLY_STRING) continue;
      StreamEntry e;
      e.stream = idx;
      e.id.assign(en->element[0]->str, en->element[0]->len);
      const redisReply* kv = en->element[1];
      if (kv->type == REDIS_REPLY_ARRAY)
        for (size_t k = 0; k + 1 < kv->elements; k += 2)
          e.fields.insert(text(kv->element[k]), text(kv->element[k + 1]));
      out << e;
    }
  }
  return out;
}

MetricSample toMetric(const QMap<QString, QString>& f) {
  namespace fld = wire::field;
  MetricSample m;
  m.second = number(f, fld::kT);
  m.kind = field(f, fld::kKind);
  m.instance = field(f, fld::kInstance);
  m.node = field(f, fld::kNode);
  m.count = number(f, fld::kCount);
  m.failed = number(f, fld::kFailed);
  m.lagP50Us = number(f, fld::kLagP50);
  m.lagP99Us = number(f, fld::kLagP99);
  m.lagMaxUs = number(f, fld::kLagMax);
  m.lost = number(f, fld::kLost);
  m.droppedS = number(f, fld::kDroppedS);
  return m;
}

AgentEvent toEvent(const QMap<QString, QString>& f) {
  namespace fld = wire::field;
  AgentEvent e;
  e.tUs = number(f, fld::kTUs);
  e.kind = field(f, fld::kKind);
  e.instance = field(f, fld::kInstance);
  e.node = field(f, fld::kNode);
  e.event = field(f, fld::kEvent);
  e.detail = field(f, fld::kDetail);
  e.lastUpdateUs = number(f, fld::kLastUpdateUs);
  bool ok = false;
  const quint64 seq = field(f, fld::kSeq).toULongLong(&ok);
  if (ok) e.seq = seq;
  return e;
}

QList<DisplaySnapshot> decodeDisplays(const redisReply* reply, const QStringList& instances) {
  QList<DisplaySnapshot> out;
  for (int k = 0; k < instances.size(); ++k) {
    DisplaySnapshot d;
    d.instance = instances[k];
    const bool have = reply && reply->type == REDIS_REPLY_ARRAY && size_t(k) < reply->elements;
    const redisReply* e = have ? reply->element[k] : nullptr;
    if (e && e->type == REDIS_REPLY_STRING) {
      if (auto ds = wire::decodeDisplay(std::string_view(e->str, e->len))) {
        d.valid = true;
        d.seq = ds->seq;
        d.tUs = ds->t_us;
        d.segments = QByteArray(reinterpret_cast<const char*>(ds->segments.data()), 8);
      }
    }
    out << d;
  }
  return out;
}

}  // namespace swarmlab::streamdecoder
