#!/usr/bin/python3
"""Issue 2 item 8: swarmlab agents vs a Python baseline, the webdis REST transport, and max-rate
mode vs redis-benchmark, all on one redis-server started here. Every figure is measured in this
run. Called by run.sh (which builds the agents first); see docs/agents.md.

usage: bench.py BIN_DIR [--seconds 20] [--max-seconds 10]"""
import argparse
import json
import math
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

CLK_TCK = os.sysconf("SC_CLK_TCK")
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
    """CPU seconds (utime+stime) and peak RSS in KiB (VmHWM) of a live process."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime, stime (fields 14, 15)
    hwm = 0
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                hwm = int(line.split()[1])
    return cpu, hwm


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


class Lab:
    def __init__(self, tmp):
        self.tmp = tmp
        self.procs = []
        self.port = free_port()
        self.redis = self.spawn(["redis-server", "--port", str(self.port), "--bind", "127.0.0.1",
                                 "--save", "", "--appendonly", "no", "--dir", tmp,
                                 "--logfile", os.path.join(tmp, "redis.log")])
        if not wait_port(self.port):
            sys.exit("bench: redis-server did not start")

    def spawn(self, argv, **kw):
        p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=kw.pop("stderr", subprocess.DEVNULL), **kw)
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


def paced_run(lab, name, pub_argv, sub_argv, pub_log, sub_log, seconds, sub_ready_file=None):
    """Subscriber first, then publisher for `seconds`; figures sampled from /proc just before
    SIGTERM; message counts and lags from the CSV logs."""
    lab.cli("FLUSHALL")
    sub_err = open(os.path.join(lab.tmp, name + ".sub.err"), "w")
    sub = lab.spawn(sub_argv, stderr=sub_err)
    time.sleep(1.0)  # subscribed and idle
    pub = lab.spawn(pub_argv)
    time.sleep(seconds)
    pub_cpu, pub_rss = proc_figures(pub.pid)
    stop(pub)
    time.sleep(0.5)  # drain
    sub_cpu, sub_rss = proc_figures(sub.pid)
    stop(sub)
    sent = read_csv(pub_log)
    got = read_csv(sub_log)
    span = (sent[-1][1] - sent[0][1]) / 1e6 if len(sent) > 1 else float("nan")
    gspan = (got[-1][1] - got[0][1]) / 1e6 if len(got) > 1 else float("nan")
    lags = sorted(r[2] for r in got)
    seqs = set(r[0] for r in got)
    lost = sum(1 for r in sent if r[0] not in seqs)
    return {
        "run": name, "published": len(sent), "received": len(got),
        "pub_per_s": (len(sent) - 1) / span if span > 0 else float("nan"),
        "upd_per_s": (len(got) - 1) / gspan if gspan > 0 else float("nan"),
        "ratio": len(got) / len(sent) if sent else float("nan"), "lost": lost,
        "lag_p50_ms": pct(lags, 0.50) / 1000, "lag_p99_ms": pct(lags, 0.99) / 1000,
        "lag_max_ms": (lags[-1] / 1000) if lags else float("nan"),
        "pub_cpu_per_1k": pub_cpu / (len(sent) / 1000) if sent else float("nan"),
        "sub_cpu_per_1k": sub_cpu / (len(got) / 1000) if got else float("nan"),
        "pub_rss_mib": pub_rss / 1024, "sub_rss_mib": sub_rss / 1024,
    }


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
    ap.add_argument("--max-seconds", type=float, default=10)
    a = ap.parse_args()
    pub_bin = os.path.join(a.bindir, "swarmlab-publisher")
    sub_bin = os.path.join(a.bindir, "swarmlab-subscriber")
    for b in (pub_bin, sub_bin):
        if not os.access(b, os.X_OK):
            sys.exit(f"bench: {b} not found: build first (run.sh does)")
    for tool in ("redis-server", "redis-cli", "redis-benchmark", "webdis"):
        if not shutil.which(tool):
            sys.exit(f"bench: {tool} not found: run packaging/install-deps.sh")

    tmp = tempfile.mkdtemp(prefix="swarmlab-bench-")
    lab = Lab(tmp)
    results = []
    load0 = os.getloadavg()
    try:
        url = f"redis://127.0.0.1:{lab.port}"
        f = lambda n: os.path.join(tmp, n)
        sub_args = lambda log: [sub_bin, "--redis", url, "--instance", "bench-sub", "--log", log]
        print(f"bench: redis-server on 127.0.0.1:{lab.port}, {a.seconds:g} s per paced run, "
              f"load average {load0[0]:.2f}", flush=True)

        print("bench: [1/5] swarmlab publisher + subscriber at 2 ms ...", flush=True)
        results.append(paced_run(
            lab, "swarmlab", [pub_bin, "--redis", url, "--instance", "bench-pub", "--period-ms", "2",
                              "--log", f("sl.pub.csv")],
            sub_args(f("sl.sub.csv")), f("sl.pub.csv"), f("sl.sub.csv"), a.seconds))

        print("bench: [2/5] Python baseline (python3-redis, sleep 2 ms) ...", flush=True)
        results.append(paced_run(
            lab, "python", [PY, os.path.join(HERE, "baseline_pub.py"), str(lab.port), f("py.pub.csv")],
            [PY, os.path.join(HERE, "baseline_sub.py"), str(lab.port), f("py.sub.csv")],
            f("py.pub.csv"), f("py.sub.csv"), a.seconds))

        print("bench: [3/5] swarmlab REST transport through webdis ...", flush=True)
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
        results.append(paced_run(
            lab, "swarmlab-rest", [pub_bin, "--redis", url, "--instance", "bench-pub", "--period-ms", "2",
                                   "--transport", "rest", "--rest-url", f"http://127.0.0.1:{wport}",
                                   "--log", f("rest.pub.csv")],
            sub_args(f("rest.sub.csv")), f("rest.pub.csv"), f("rest.sub.csv"), a.seconds))
        stop(webdis)

        print("bench: [4/5] max-rate: swarmlab --period-ms 0 (no subscriber) vs redis-benchmark -c 1 ...",
              flush=True)
        lab.cli("FLUSHALL")
        p = lab.spawn([pub_bin, "--redis", url, "--instance", "max-pub", "--period-ms", "0"])
        time.sleep(a.max_seconds)
        max_cpu, max_rss = proc_figures(p.pid)
        stop(p)
        max_rate, max_total = metrics_rate(lab, "max-pub")
        n = int(max(50000, max_rate * a.max_seconds)) if max_rate == max_rate else 200000
        # redis-benchmark 7 has no "publish" test name for -t; the explicit command is the same
        # request (PUBLISH, one client, one request per round trip)
        rb = subprocess.run(["redis-benchmark", "-p", str(lab.port), "-c", "1", "-n", str(n), "-q",
                             "publish", "swarmlab:bench", "12345 1700000000000000"],
                            capture_output=True, text=True).stdout
        m = re.findall(r"([\d.]+) requests per second", rb)
        rb_rate = float(m[-1]) if m else float("nan")

        print("bench: [5/5] max-rate with a subscriber attached ...", flush=True)
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
            ("pub_cpu_per_1k", "{:>9.4f}"), ("sub_cpu_per_1k", "{:>9.4f}"), ("pub_rss_mib", "{:>7.2f}"),
            ("sub_rss_mib", "{:>7.2f}")]
    heads = ["run", "pub/s", "upd/s", "upd/pub", "lost", "p50 ms", "p99 ms", "max ms", "pubCPU/1k",
             "subCPU/1k", "pubRSS", "subRSS"]
    widths = [14, 8, 8, 8, 5, 8, 8, 8, 9, 9, 7, 7]
    print()
    print(f"paced runs: {a.seconds:g} s at 2 ms, CPU = utime+stime seconds per 1000 messages, RSS = VmHWM MiB")
    print(" ".join(h.rjust(w) if i else h.ljust(w) for i, (h, w) in enumerate(zip(heads, widths))))
    for r in results:
        print(" ".join(fmt.format(r[k]) for k, fmt in cols))
    sl, py, rest = results
    def ratio(k):
        return sl[k] / py[k] if py[k] else float("nan")
    print()
    print("swarmlab / python baseline: "
          f"pub/s {ratio('pub_per_s'):.3f}, upd/s {ratio('upd_per_s'):.3f}, lag p50 {ratio('lag_p50_ms'):.2f}, "
          f"p99 {ratio('lag_p99_ms'):.2f}, max {ratio('lag_max_ms'):.2f}, "
          f"CPU/1k pub {ratio('pub_cpu_per_1k'):.3f} sub {ratio('sub_cpu_per_1k'):.3f}, "
          f"RSS pub {ratio('pub_rss_mib'):.3f} sub {ratio('sub_rss_mib'):.3f}")
    print(f"swarmlab REST (webdis) / python baseline: pub/s {rest['pub_per_s'] / py['pub_per_s']:.3f}")
    print()
    print(f"max-rate: swarmlab --period-ms 0, no subscriber: {max_rate:.0f} msg/s (SET+PUBLISH per round trip, "
          f"mean of full lab seconds from swarmlab:metrics, {max_total} messages), CPU/1k "
          f"{max_cpu / (max_total / 1000) if max_total else float('nan'):.4f} s, RSS {max_rss / 1024:.2f} MiB")
    print(f"          redis-benchmark -c 1 publish: {rb_rate:.0f} req/s;  ratio swarmlab/redis-benchmark "
          f"{max_rate / rb_rate:.3f}")
    print(f"          with a subscriber: publisher {ms_pub:.0f} msg/s, subscriber {ms_sub:.0f} upd/s, "
          f"updates/published {ms_sub_total / ms_pub_total if ms_pub_total else float('nan'):.5f}, "
          f"lost {ms_lost}")
    print(f"load average before {load0[0]:.2f}, after {load1[0]:.2f} (2 cores, shared machine)")

    print()
    print("targets (issue 2):")
    checks = [
        (">= 495 publishes/s at 2 ms", sl["pub_per_s"] >= 495, f"{sl['pub_per_s']:.1f}"),
        ("update/publish ratio >= 0.999", sl["ratio"] >= 0.999, f"{sl['ratio']:.5f}"),
        ("lost = 0", sl["lost"] == 0, str(sl["lost"])),
        ("lag p50 <= 0.1 ms", sl["lag_p50_ms"] <= 0.1, f"{sl['lag_p50_ms']:.3f}"),
        ("lag p99 <= 0.3 ms", sl["lag_p99_ms"] <= 0.3, f"{sl['lag_p99_ms']:.3f}"),
        ("lag p50/p99 no worse than python", sl["lag_p50_ms"] <= py["lag_p50_ms"] and sl["lag_p99_ms"] <= py["lag_p99_ms"],
         f"{sl['lag_p50_ms']:.3f}/{sl['lag_p99_ms']:.3f} vs {py['lag_p50_ms']:.3f}/{py['lag_p99_ms']:.3f}"),
        ("publisher CPU/1k <= 0.2 x python", ratio("pub_cpu_per_1k") <= 0.2, f"{ratio('pub_cpu_per_1k'):.3f}"),
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
