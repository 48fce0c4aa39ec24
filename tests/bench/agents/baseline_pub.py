#!/usr/bin/python3
"""Baseline publisher modelled on the original experiment: Python (Debian's python3-redis),
writes the current time every 2 ms by sleeping 2 ms between writes. Same payload and objects as
swarmlab-publisher (SET <prefix>:clock:last + PUBLISH <prefix>:clock "<seq> <t_us>", one round
trip) so that only the implementation differs.

usage: baseline_pub.py REDIS_PORT LOGFILE [PERIOD_S [PREFIX]]"""
import signal
import sys
import time

import redis

from baseline_clock import clock_offset_us

port, logpath = int(sys.argv[1]), sys.argv[2]
period = float(sys.argv[3]) if len(sys.argv) > 3 else 0.002
prefix = sys.argv[4] if len(sys.argv) > 4 else "swarmlab"
r = redis.Redis(host="127.0.0.1", port=port)


stop = False


def on_term(*_):
    global stop
    stop = True


signal.signal(signal.SIGTERM, on_term)
offset = clock_offset_us(r)
log = open(logpath, "w", buffering=1 << 16)
log.write("seq,t_us\n")
seq = 0
pipe = r.pipeline(transaction=False)
while not stop:
    seq += 1
    t_us = time.time_ns() // 1000 + offset
    payload = f"{seq} {t_us}"
    pipe.set(prefix + ":clock:last", payload)
    pipe.publish(prefix + ":clock", payload)
    pipe.execute()
    log.write(f"{seq},{t_us}\n")
    time.sleep(period)
log.close()
