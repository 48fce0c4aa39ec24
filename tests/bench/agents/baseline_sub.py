#!/usr/bin/python3
"""Baseline subscriber: Python pubsub on the clock channel, lag = now (lab time) - t_us per
message, one CSV line per message (seq,t_us,lag_us) like swarmlab-subscriber --log.

usage: baseline_sub.py REDIS_PORT LOGFILE [PREFIX]"""
import signal
import sys
import time

import redis

from baseline_clock import clock_offset_us

port, logpath = int(sys.argv[1]), sys.argv[2]
prefix = sys.argv[3] if len(sys.argv) > 3 else "swarmlab"
r = redis.Redis(host="127.0.0.1", port=port)


class Stop(Exception):
    pass


def on_term(*_):
    raise Stop()


offset = clock_offset_us(r)
log = open(logpath, "w", buffering=1 << 16)
log.write("seq,t_us,lag_us\n")
p = r.pubsub(ignore_subscribe_messages=True)
p.subscribe(prefix + ":clock")
signal.signal(signal.SIGTERM, on_term)
print("subscribed", file=sys.stderr, flush=True)
try:
    for msg in p.listen():
        if msg["type"] != "message":
            continue
        seq, t_us = msg["data"].split(b" ")
        t_us = int(t_us)
        lag = time.time_ns() // 1000 + offset - t_us
        log.write(f"{int(seq)},{t_us},{lag}\n")
except Stop:
    pass
log.close()
