#!/usr/bin/python3
"""Issue 2 item 8: swarmlab agents vs a Python baseline, the webdis REST transport, and max-rate
mode vs redis-benchmark, all on one redis-server started here. Every figure is measured in this
run. Called by run.sh (which builds the agents first); see docs/agents.md.

usage: bench.py BIN_DIR [--seconds 20] [--max-seconds 4] [--rounds 3] [--sequential]"""
import argparse
import hashlib
import json
import math
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/usr/bin/python3"  # Debian's interpreter, the one python3-redis is installed for


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def wait_port(port, timeout=10.0):
    end = time.time() + timeout
    while time.time() < end:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return True
        except OSError:
            time.sleep(0.05)
    return False


def proc_figures(pid):
    """CPU of a live process: seconds on CPU (sum of its threads' schedstat run time, ns
    resolution), the kernel's share of it (stime / (utime+stime), sampled at clock ticks, so
    coarse), how often its threads slept and were woken (voluntary context switches), and its
    peak RSS in KiB (VmHWM)."""
    run_ns, wakeups = 0, 0
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                run_ns += int(f.read().split()[0])
            with open(f"/proc/{pid}/task/{tid}/status") as f:
                for line in f:
                    if line.startswith("voluntary_ctxt_switches:"):
                        wakeups += int(line.split()[1])
        except OSError:
            pass  # a thread that just ended
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    utime, stime = int(fields[11]), int(fields[12])  # fields 14, 15
    hwm = 0
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                hwm = int(line.split()[1])
    return {"cpu": run_ns / 1e9, "sys": stime / (utime + stime) if utime + stime else float("nan"),
            "wakeups": wakeups, "rss": hwm}


def read_csv(path):
    rows = []
    with open(path) as f:
        next(f, None)
        for line in f:
            parts = line.strip().split(",")
            if len(parts) >= 2:
                rows.append([int(x) for x in parts])
    return rows


def pct(sorted_vals, q):
    if not sorted_vals:
        return float("nan")
    rank = max(1, math.ceil(q * len(sorted_vals)))
    return sorted_vals[min(rank, len(sorted_vals)) - 1]


def agent_auth(tmp):
    """--auth (issue 11): an ACL file with the lab's agent user (the rights of
    app/core/security/LabSecrets.cpp) for the swarmlab agents, which then AUTH at connect and
    are checked against the ACL on every command; the default user stays open for the python
    baseline, webdis and redis-benchmark. Returns the extra redis-server arguments."""
    pw = "bench/p@ss:w0rd"
    acl, pwfile = os.path.join(tmp, "users.acl"), os.path.join(tmp, "password")
    h = hashlib.sha256(pw.encode()).hexdigest()
    rights = ("-@all +auth +hello +ping +time +select +publish +subscribe +unsubscribe +xadd +set "
              "+client|reply")
    with os.fdopen(os.open(acl, os.O_WRONLY | os.O_CREAT, 0o600), "w") as f:
        f.write("user default on nopass ~* &* +@all\n")
        f.write(f"user swarmlab-agent on #{h} resetchannels ~* &* {rights}\n")
    with os.fdopen(os.open(pwfile, os.O_WRONLY | os.O_CREAT, 0o600), "w") as f:
        f.write(pw + "\n")
    os.environ.update(SWARMLAB_REDIS_USER="swarmlab-agent", SWARMLAB_REDIS_PASSWORD_FILE=pwfile)
    return ["--aclfile", acl]


class Lab:
    def __init__(self, tmp, auth=False):
        self.tmp = tmp
        self.procs = []
        self.port = free_port()
        self.redis = self.spawn(["redis-server", "--port", str(self.port), "--bind", "127.0.0.1",
                                 "--save", "", "--appendonly", "no", "--dir", tmp,
                                 "--logfile", os.path.join(tmp, "redis.log")]
                                + (agent_auth(tmp) if auth else []))
        if not wait_port(self.port):
            sys.exit("bench: redis-server did not start")

    def spawn(self, argv, **kw):
        p = subprocess.Popen(argv, stdout=kw.pop("stdout", subprocess.DEVNULL),
                             stderr=kw.pop("stderr", subprocess.DEVNULL), **kw)
        self.procs.append(p)
        return p

    def cli(self, *args):
        return subprocess.run(["redis-cli", "-p", str(self.port), *args], capture_output=True, text=True).stdout

    def cleanup(self):
        for p in reversed(self.procs):
            if p.poll() is None:
                p.kill()
                p.wait()


def stop(p, timeout=5):
    if p.poll() is None:
        p.send_signal(signal.SIGTERM)
        try:
            p.wait(timeout)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


def paced_runs(lab, pairs, seconds):
    """Runs pairs (name, pub_argv, sub_argv, pub_log, sub_log) at the same time: subscribers
    first, then publishers for `seconds`; CPU and RSS sampled from /proc just before SIGTERM;
    message counts and lags from the CSV logs. A pair without logs (the floor) counts what its
    publisher says it wrote, for both sides."""
    subs, pubs = [], []
    for name, _, sub_argv, _, _ in pairs:
        subs.append(lab.spawn(sub_argv, stderr=open(os.path.join(lab.tmp, name + ".sub.err"), "w")))
    time.sleep(1.0)  # subscribed and idle
    for name, pub_argv, _, pub_log, _ in pairs:
        out = subprocess.DEVNULL if pub_log else open(os.path.join(lab.tmp, name + ".pub.out"), "w")
        pubs.append(lab.spawn(pub_argv, stdout=out,
                              stderr=open(os.path.join(lab.tmp, name + ".pub.err"), "w")))
    time.sleep(seconds)
    pub_fig = [proc_figures(p.pid) for p in pubs]
    for p in pubs:
        stop(p)
    time.sleep(0.5)  # drain
    sub_fig = [proc_figures(p.pid) for p in subs]
    for p in subs:
        stop(p)
    return [run_figures(lab, pair, pub_fig[k], sub_fig[k]) for k, pair in enumerate(pairs)]


def run_figures(lab, pair, pub, sub):
    name, _, _, pub_log, sub_log = pair
    nan = float("nan")
    row = {"run": name, "pub_cpu_s": pub["cpu"], "sub_cpu_s": sub["cpu"], "pub_sys": pub["sys"],
           "sub_sys": sub["sys"], "pub_rss_mib": pub["rss"] / 1024, "sub_rss_mib": sub["rss"] / 1024}
    if pub_log is None:
        with open(os.path.join(lab.tmp, name + ".pub.out")) as f:
            m = re.search(r"(\d+)", f.read())
        n = int(m.group(1)) if m else 0
        row.update({"published": n, "received": n, "pub_per_s": nan, "upd_per_s": nan,
                    "ratio": nan, "lost": 0, "lag_p50_ms": nan, "lag_p99_ms": nan,
                    "lag_max_ms": nan})
    else:
        sent = read_csv(pub_log)
        got = read_csv(sub_log)
        span = (sent[-1][1] - sent[0][1]) / 1e6 if len(sent) > 1 else nan
        gspan = (got[-1][1] - got[0][1]) / 1e6 if len(got) > 1 else nan
        lags = sorted(r[2] for r in got)
        seqs = set(r[0] for r in got)
        row.update({
            "published": len(sent), "received": len(got),
            "pub_per_s": (len(sent) - 1) / span if span > 0 else nan,
            "upd_per_s": (len(got) - 1) / gspan if gspan > 0 else nan,
            "ratio": len(got) / len(sent) if sent else nan,
            "lost": sum(1 for r in sent if r[0] not in seqs),
            "lag_p50_ms": pct(lags, 0.50) / 1000, "lag_p99_ms": pct(lags, 0.99) / 1000,
            "lag_max_ms": (lags[-1] / 1000) if lags else nan,
        })
    row["pub_cpu_per_1k"] = row["pub_cpu_s"] / (row["published"] / 1000) if row["published"] else nan
    row["sub_cpu_per_1k"] = row["sub_cpu_s"] / (row["received"] / 1000) if row["received"] else nan
    row["pub_wake_per_1k"] = pub["wakeups"] / (row["published"] / 1000) if row["published"] else nan
    row["sub_wake_per_1k"] = sub["wakeups"] / (row["received"] / 1000) if row["received"] else nan
    return row


def metrics_rate(lab, instance):
    """Mean `count` of the full lab seconds of one agent's metrics entries (first and last,
    partial, seconds left out), and the sum of count."""
    raw = lab.cli("--no-raw", "XRANGE", "swarmlab:metrics", "-", "+")
    counts = []
    for m in re.finditer(r'"instance"\s+\d+\) "([^"]+)".*?"count"\s+\d+\) "(\d+)"', raw, re.S):
        if m.group(1) == instance:
            counts.append(int(m.group(2)))
    full = counts[1:-1]
    return (sum(full) / len(full) if full else float("nan")), sum(counts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bindir")
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--max-seconds", type=float, default=4, help="length of one max-rate round")
    ap.add_argument("--rounds", type=int, default=3, help="alternating max-rate rounds (median)")
    ap.add_argument("--auth", action="store_true",
                    help="the swarmlab agents AUTH as an ACL user (issue 11's lab setup)")
    ap.add_argument("--sequential", action="store_true",
                    help="paced runs one after another instead of side by side")
    a = ap.parse_args()
    pub_bin = os.path.join(a.bindir, "swarmlab-publisher")
    sub_bin = os.path.join(a.bindir, "swarmlab-subscriber")
    for b in (pub_bin, sub_bin):
        if not os.access(b, os.X_OK):
            sys.exit(f"bench: {b} not found: build first (run.sh does)")
    for tool in ("redis-server", "redis-cli", "redis-benchmark", "webdis", "cc"):
        if not shutil.which(tool):
            sys.exit(f"bench: {tool} not found: run packaging/install-deps.sh")

    tmp = tempfile.mkdtemp(prefix="swarmlab-bench-")
    for prog in ("floor_pub", "floor_sub"):  # the CPU floor (issue 9), built for this run
        subprocess.run(["cc", "-O2", "-o", os.path.join(tmp, prog), os.path.join(HERE, prog + ".c")],
                       check=True)
    lab = Lab(tmp, a.auth)
    results = []
    load0 = os.getloadavg()
    try:
        url = f"redis://127.0.0.1:{lab.port}"
        f = lambda n: os.path.join(tmp, n)
        mode = "one after another" if a.sequential else "side by side (at the same time)"
        print(f"bench: redis-server on 127.0.0.1:{lab.port}{' (agents AUTH, ACL)' if a.auth else ''}; paced runs {a.seconds:g} s each, {mode}; "
              f"load average {load0[0]:.2f}", flush=True)

        wport = free_port()
        conf = {"redis_host": "127.0.0.1", "redis_port": lab.port, "redis_auth": None,
                "http_host": "127.0.0.1", "http_port": wport, "threads": 2, "pool_size": 4,
                "daemonize": False, "websockets": False, "database": 0,
                "acl": [{"disabled": ["DEBUG"]}], "verbosity": 0, "logfile": f("webdis.log")}
        with open(f("webdis.json"), "w") as cf:
            json.dump(conf, cf)
        webdis = lab.spawn(["webdis", f("webdis.json")])
        if not wait_port(wport):
            sys.exit("bench: webdis did not start")

        def sl_sub(prefix, log):
            return [sub_bin, "--redis", url, "--prefix", prefix, "--instance", prefix + "-sub", "--log", log]

        pairs = [
            ("swarmlab",
             [pub_bin, "--redis", url, "--prefix", "sl", "--instance", "sl-pub", "--period-ms", "2",
              "--log", f("sl.pub.csv")],
             sl_sub("sl", f("sl.sub.csv")), f("sl.pub.csv"), f("sl.sub.csv")),
            ("python",
             [PY, os.path.join(HERE, "baseline_pub.py"), str(lab.port), f("py.pub.csv"), "0.002", "py"],
             [PY, os.path.join(HERE, "baseline_sub.py"), str(lab.port), f("py.sub.csv"), "py"],
             f("py.pub.csv"), f("py.sub.csv")),
            ("swarmlab-rest",
             [pub_bin, "--redis", url, "--prefix", "rest", "--instance", "rest-pub", "--period-ms", "2",
              "--transport", "rest", "--rest-url", f"http://127.0.0.1:{wport}", "--log", f("rest.pub.csv")],
             sl_sub("rest", f("rest.sub.csv")), f("rest.pub.csv"), f("rest.sub.csv")),
            ("floor",
             [f("floor_pub"), str(lab.port), "floor:clock", "2000"],
             [f("floor_sub"), str(lab.port), "floor:clock"], None, None),
        ]
        if a.sequential:
            for k, pair in enumerate(pairs):
                print(f"bench: [{k + 1}/{len(pairs)}] {pair[0]} at 2 ms ...", flush=True)
                results += paced_runs(lab, [pair], a.seconds)
        else:
            print("bench: [1/2] swarmlab, python baseline, swarmlab REST (webdis) and the C floor at 2 ms, "
                  "side by side ...", flush=True)
            results = paced_runs(lab, pairs, a.seconds)
        stop(webdis)

        print(f"bench: [2/2] max-rate: swarmlab --period-ms 0 (no subscriber) vs redis-benchmark -c 1, "
              f"{a.rounds} alternating rounds ...", flush=True)
        sl_rates, rb_rates, max_cpu1k, max_rss = [], [], [], 0
        for k in range(a.rounds):
            lab.cli("FLUSHALL")
            p = lab.spawn([pub_bin, "--redis", url, "--instance", "max-pub", "--period-ms", "0"])
            time.sleep(a.max_seconds)
            fig = proc_figures(p.pid)
            cpu, rss = fig["cpu"], fig["rss"]
            stop(p)
            rate, total = metrics_rate(lab, "max-pub")
            sl_rates.append(rate)
            max_cpu1k.append(cpu / (total / 1000) if total else float("nan"))
            max_rss = max(max_rss, rss)
            n = int(rate * (a.max_seconds - 1)) if rate == rate else 100000
            # redis-benchmark 7 has no "publish" name for -t; the explicit command is the same
            # request (PUBLISH, one client, one request per round trip)
            rb = subprocess.run(["redis-benchmark", "-p", str(lab.port), "-c", "1", "-n", str(max(n, 20000)),
                                 "-q", "publish", "swarmlab:bench", "12345 1700000000000000"],
                                capture_output=True, text=True).stdout
            m = re.findall(r"([\d.]+) requests per second", rb)
            rb_rates.append(float(m[-1]) if m else float("nan"))
            print(f"bench:   round {k + 1}: swarmlab {rate:.0f} msg/s, redis-benchmark {rb_rates[-1]:.0f} req/s",
                  flush=True)
        max_rate = statistics.median(sl_rates)
        rb_rate = statistics.median(rb_rates)
        max_cpu = statistics.median(max_cpu1k)

        print("bench: max-rate with a subscriber attached ...", flush=True)
        lab.cli("FLUSHALL")
        sub = lab.spawn([sub_bin, "--redis", url, "--instance", "max-sub"])
        time.sleep(1.0)
        p = lab.spawn([pub_bin, "--redis", url, "--instance", "max-pub", "--period-ms", "0"])
        time.sleep(a.max_seconds)
        stop(p)
        time.sleep(0.5)
        stop(sub)
        ms_pub, ms_pub_total = metrics_rate(lab, "max-pub")
        ms_sub, ms_sub_total = metrics_rate(lab, "max-sub")
        ms_lost_raw = lab.cli("--no-raw", "XRANGE", "swarmlab:metrics", "-", "+")
        ms_lost = sum(int(x) for x in re.findall(r'"lost"\s+\d+\) "(\d+)"', ms_lost_raw))
    finally:
        lab.cleanup()
    load1 = os.getloadavg()

    # ---- report ---------------------------------------------------------------------------
    cols = [("run", "{:<14}"), ("pub_per_s", "{:>8.1f}"), ("upd_per_s", "{:>8.1f}"), ("ratio", "{:>8.5f}"),
            ("lost", "{:>5d}"), ("lag_p50_ms", "{:>8.3f}"), ("lag_p99_ms", "{:>8.3f}"), ("lag_max_ms", "{:>8.3f}"),
            ("pub_cpu_per_1k", "{:>9.4f}"), ("sub_cpu_per_1k", "{:>9.4f}"), ("pub_sys", "{:>6.0%}"),
            ("sub_sys", "{:>6.0%}"), ("pub_wake_per_1k", "{:>7.0f}"), ("sub_wake_per_1k", "{:>7.0f}"),
            ("pub_rss_mib", "{:>7.2f}"), ("sub_rss_mib", "{:>7.2f}")]
    heads = ["run", "pub/s", "upd/s", "upd/pub", "lost", "p50 ms", "p99 ms", "max ms", "pubCPU/1k",
             "subCPU/1k", "pubSys", "subSys", "pubWk/k", "subWk/k", "pubRSS", "subRSS"]
    widths = [14, 8, 8, 8, 5, 8, 8, 8, 9, 9, 6, 6, 7, 7, 7, 7]
    print()
    print(f"paced runs: {a.seconds:g} s at 2 ms, {'one after another' if a.sequential else 'side by side'}; "
          "CPU = seconds on CPU (schedstat, all threads) per 1000 messages, Sys = kernel share "
          "(stime/(utime+stime), tick-sampled), Wk/k = wake-ups (voluntary context switches) per "
          "1000 messages, RSS = VmHWM MiB; floor = floor_pub.c/floor_sub.c")
    print(" ".join(h.rjust(w) if i else h.ljust(w) for i, (h, w) in enumerate(zip(heads, widths))))
    for r in results:
        print(" ".join(fmt.format(r[k]) for k, fmt in cols))
    sl, py, rest, floor = results
    def ratio(k, base=py):
        return sl[k] / base[k] if base[k] else float("nan")
    print()
    print("swarmlab / python baseline: "
          f"pub/s {ratio('pub_per_s'):.3f}, upd/s {ratio('upd_per_s'):.3f}, lag p50 {ratio('lag_p50_ms'):.2f}, "
          f"p99 {ratio('lag_p99_ms'):.2f}, max {ratio('lag_max_ms'):.2f}, "
          f"CPU/1k pub {ratio('pub_cpu_per_1k'):.3f} sub {ratio('sub_cpu_per_1k'):.3f}, "
          f"RSS pub {ratio('pub_rss_mib'):.3f} sub {ratio('sub_rss_mib'):.3f}")
    print(f"swarmlab / floor (same run): CPU/1k pub {ratio('pub_cpu_per_1k', floor):.3f} "
          f"sub {ratio('sub_cpu_per_1k', floor):.3f}; wake-ups/1k pub {ratio('pub_wake_per_1k', floor):.3f} "
          f"sub {ratio('sub_wake_per_1k', floor):.3f}")
    print(f"swarmlab REST (webdis) / python baseline: pub/s {rest['pub_per_s'] / py['pub_per_s']:.3f}")
    print()
    print(f"max-rate: swarmlab --period-ms 0, no subscriber: {max_rate:.0f} msg/s (SET+PUBLISH per round trip; "
          f"median of {a.rounds} rounds, each the mean of its full lab seconds in swarmlab:metrics), "
          f"CPU/1k {max_cpu:.4f} s, RSS {max_rss / 1024:.2f} MiB")
    print(f"          redis-benchmark -c 1 publish (median of {a.rounds}): {rb_rate:.0f} req/s;  "
          f"ratio swarmlab/redis-benchmark {max_rate / rb_rate:.3f}")
    print(f"          with a subscriber: publisher {ms_pub:.0f} msg/s, subscriber {ms_sub:.0f} upd/s, "
          f"updates/published {ms_sub_total / ms_pub_total if ms_pub_total else float('nan'):.5f}, "
          f"lost {ms_lost}")
    print(f"load average before {load0[0]:.2f}, after {load1[0]:.2f} ({os.cpu_count()} cores)")

    print()
    print("targets (issue 2; the floor: issue 9):")
    checks = [
        (">= 495 publishes/s at 2 ms", sl["pub_per_s"] >= 495, f"{sl['pub_per_s']:.1f}"),
        ("update/publish ratio >= 0.999", sl["ratio"] >= 0.999, f"{sl['ratio']:.5f}"),
        ("lost = 0", sl["lost"] == 0, str(sl["lost"])),
        ("lag p50 <= 0.1 ms", sl["lag_p50_ms"] <= 0.1, f"{sl['lag_p50_ms']:.3f}"),
        ("lag p99 <= 0.3 ms", sl["lag_p99_ms"] <= 0.3, f"{sl['lag_p99_ms']:.3f}"),
        ("lag p50/p99 no worse than python", sl["lag_p50_ms"] <= py["lag_p50_ms"] and sl["lag_p99_ms"] <= py["lag_p99_ms"],
         f"{sl['lag_p50_ms']:.3f}/{sl['lag_p99_ms']:.3f} vs {py['lag_p50_ms']:.3f}/{py['lag_p99_ms']:.3f}"),
        ("publisher CPU/1k <= 0.2 x python", ratio("pub_cpu_per_1k") <= 0.2, f"{ratio('pub_cpu_per_1k'):.3f}"),
        ("publisher CPU/1k <= 1.25 x floor", ratio("pub_cpu_per_1k", floor) <= 1.25,
         f"{ratio('pub_cpu_per_1k', floor):.3f}"),
        ("subscriber CPU/1k <= 1.25 x floor", ratio("sub_cpu_per_1k", floor) <= 1.25,
         f"{ratio('sub_cpu_per_1k', floor):.3f}"),
        ("subscriber CPU/1k <= 0.2 x python", ratio("sub_cpu_per_1k") <= 0.2, f"{ratio('sub_cpu_per_1k'):.3f}"),
        ("RSS < 8 MiB each", sl["pub_rss_mib"] < 8 and sl["sub_rss_mib"] < 8,
         f"{sl['pub_rss_mib']:.2f}/{sl['sub_rss_mib']:.2f}"),
        ("max-rate >= 0.8 x redis-benchmark -c 1", max_rate >= 0.8 * rb_rate, f"{max_rate / rb_rate:.3f}"),
    ]
    for what, ok, val in checks:
        print(f"  {'PASS' if ok else 'FAIL'}  {what:<40} {val}")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0 if all(ok for _, ok, _ in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
