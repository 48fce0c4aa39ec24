#!/usr/bin/python3
"""What authentication costs an agent (issue 11): run by hand, not in ctest.

One redis-server with the lab's ACL users (default off, swarmlab-agent, plus an admin user for
this bench) and one without any: the publisher is started N times on each, alternating, and
  - the commands each connection sent are counted (INFO commandstats, reset before each run):
    with auth exactly one AUTH more, and nothing else changes per message;
  - the time from spawning the publisher to the first clock message seen by a subscriber
    (time to first message) is measured; median and p90 of N.
Usage: tests/bench/agents/auth_cost.py BIN_DIR [--runs 15] [--seconds 1]
"""
import argparse
import hashlib
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time

import redis

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import free_port  # noqa: E402  (the same helper as the agents' benchmark)

PASSWORD = "bench/p@ss:w0rd"
ADMIN = "bench-admin-pw"


def start_server(tmp, name, acl):
    port = free_port()
    argv = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
            "--appendonly", "no", "--dir", tmp, "--logfile", os.path.join(tmp, name + ".log")]
    if acl:
        path = os.path.join(tmp, name + ".acl")
        h = hashlib.sha256(PASSWORD.encode()).hexdigest()
        with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600), "w") as f:
            # the same rights as app/core/security/LabSecrets.cpp aclFileText("swarmlab", ...)
            f.write("user default off resetpass resetkeys resetchannels -@all\n")
            f.write(f"user swarmlab-agent on #{h} resetkeys resetchannels ~swarmlab:* &swarmlab:* "
                    "-@all +auth +hello +ping +time +select +publish +subscribe +unsubscribe "
                    "+xadd +set +client|reply\n")
            f.write(f"user admin on >{ADMIN} ~* &* +@all\n")
        argv += ["--aclfile", path]
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    kw = {"username": "admin", "password": ADMIN} if acl else {}
    r = redis.Redis(port=port, **kw)
    for _ in range(100):
        try:
            r.ping()
            return p, r, port
        except redis.exceptions.ConnectionError:
            time.sleep(0.05)
    sys.exit(f"auth_cost: redis-server {name} did not start")


def connect_cost(port, auth, n=500):
    """Median microseconds from connect() to the first command's reply (PING), with AUTH sent
    first (its own round trip, as RedisLink does) or not; and round trips counted."""
    v = []
    for _ in range(n):
        t0 = time.perf_counter()
        s = socket.create_connection(("127.0.0.1", port))
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        trips = 0
        if auth:
            pw = PASSWORD.encode()
            s.sendall(b"*3\r\n$4\r\nAUTH\r\n$14\r\nswarmlab-agent\r\n$%d\r\n%s\r\n" % (len(pw), pw))
            assert s.recv(64).startswith(b"+OK")
            trips += 1
        s.sendall(b"*1\r\n$4\r\nPING\r\n")
        assert s.recv(64).startswith(b"+PONG")
        trips += 1
        v.append((time.perf_counter() - t0) * 1e6)
        s.close()
    return statistics.median(v), trips


def one_run(bindir, r, port, auth, pwfile, seconds):
    r.config_resetstat()
    ps = r.pubsub()
    ps.subscribe("swarmlab:clock")
    ps.get_message(timeout=1)  # the subscribe confirmation
    env = dict(os.environ, SWARMLAB_REDIS_URL=f"redis://127.0.0.1:{port}")
    for k in ("SWARMLAB_REDIS_USER", "SWARMLAB_REDIS_PASSWORD", "SWARMLAB_REDIS_PASSWORD_FILE"):
        env.pop(k, None)
    if auth:
        env.update(SWARMLAB_REDIS_USER="swarmlab-agent", SWARMLAB_REDIS_PASSWORD_FILE=pwfile)
    t0 = time.perf_counter()
    p = subprocess.Popen([os.path.join(bindir, "swarmlab-publisher"), "--duration-s", str(seconds),
                          "--instance", "bench-pub", "--node", "bench"],
                         env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    first = None
    while first is None and time.perf_counter() - t0 < 10:
        m = ps.get_message(timeout=1)
        if m and m["type"] == "message":
            first = (time.perf_counter() - t0) * 1000
    p.wait(30)
    ps.close()
    if p.returncode != 0:
        sys.exit(f"auth_cost: publisher exited {p.returncode}: {p.stderr.read().decode()}")
    stats = r.info("commandstats")
    calls = {k.removeprefix("cmdstat_"): v["calls"] for k, v in stats.items()}
    return first, calls


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bindir")
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--seconds", type=float, default=1.0)
    a = ap.parse_args()
    connect = {}
    with tempfile.TemporaryDirectory() as tmp:
        pwfile = os.path.join(tmp, "password")
        with os.fdopen(os.open(pwfile, os.O_WRONLY | os.O_CREAT, 0o600), "w") as f:
            f.write(PASSWORD + "\n")
        plain = start_server(tmp, "plain", False)
        acl = start_server(tmp, "acl", True)
        try:
            connect[False] = connect_cost(plain[2], False)
            connect[True] = connect_cost(acl[2], True)
            ttfm = {False: [], True: []}
            calls = {False: [], True: []}
            for i in range(a.runs):
                for auth in ((False, True) if i % 2 == 0 else (True, False)):
                    _, r, port = acl if auth else plain
                    first, c = one_run(a.bindir, r, port, auth, pwfile, a.seconds)
                    if first is not None:
                        ttfm[auth].append(first)
                    calls[auth].append(c)
        finally:
            for p, _, _ in (plain, acl):
                p.terminate()
                p.wait()
    # The bench's own commands (its admin AUTH, SUBSCRIBE, CONFIG, INFO) are excluded; the
    # publisher's per-connection commands are what differ.
    ours = {"subscribe", "unsubscribe", "config|resetstat", "info"}
    print(f"auth_cost: {a.runs} runs each, publisher --duration-s {a.seconds:g} (period 2 ms)")
    for auth in (False, True):
        label = "with auth   " if auth else "without auth"
        v = sorted(ttfm[auth])
        med = statistics.median(v) if v else float("nan")
        p90 = v[int(0.9 * (len(v) - 1))] if v else float("nan")
        c = calls[auth][-1]
        shown = {k: n for k, n in sorted(c.items()) if k not in ours}
        if auth:
            shown["auth"] = shown.get("auth", 0) - 1  # the bench's own admin connection
            shown = {k: n for k, n in shown.items() if n}
        print(f"  {label}: time to first message median {med:.1f} ms, p90 {p90:.1f} ms "
              f"({len(v)} of {a.runs}); commands of one run: {shown}")
    for auth in (False, True):
        med, trips = connect[auth]
        print(f"  connect to first reply {'with' if auth else 'without'} AUTH: median {med:.0f} us, "
              f"{trips} round trip(s) (500 connections)")
    aut = [c.get("auth", 0) - 1 for c in calls[True]]
    print(f"  AUTH per run (publisher): min {min(aut)}, max {max(aut)}; "
          f"difference of the medians {statistics.median(ttfm[True]) - statistics.median(ttfm[False]):+.2f} ms")


if __name__ == "__main__":
    main()
