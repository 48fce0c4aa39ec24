#!/usr/bin/env python3
"""The run journal, measured by hand (issue 10; docs/runs.md):

  kill:  swarmlab-cli run (embedded lab, paper-2017, --duration-scale 0.25) SIGKILLed at a random
         moment, `report` on its folder: the seconds that had ended before the kill but are
         missing from the journal, and how far before the kill the newest journaled second ended.
  cost:  the same timeline at --duration-scale 0.5 with and without --no-journal, in turns: the
         CLI's own CPU time (utime+stime from /proc, its children excluded) and the journal's
         bytes per second.

usage: bench_journal.py BUILD_DIR [--kills N] [--pairs N]   (run from the source tree)
"""
import argparse, csv, os, random, signal, subprocess, sys, tempfile, time

TL = "resources/experiments/paper-2017.json"


def cpu_of(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start(cli, out, scale, extra=()):
    return subprocess.Popen([cli, "run", TL, "--duration-scale", str(scale), "--out", out, *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def wait_line(p, part):
    for line in p.stdout:
        if part in line:
            return line
    raise SystemExit(f"never saw {part!r}")


def kill_round(cli, tmp, i):
    out = os.path.join(tmp, f"kill{i}")
    p = start(cli, out, 0.25)
    wait_line(p, "journal: ")
    time.sleep(random.uniform(2.0, 9.0))
    kill_s = time.time()
    p.send_signal(signal.SIGKILL)
    p.wait()
    r = subprocess.run([cli, "report", out], capture_output=True, text=True)
    if r.returncode != 0 or "run interrupted" not in r.stdout:
        raise SystemExit(f"report failed: {r.stdout}{r.stderr}")
    with open(os.path.join(out, "metrics.csv")) as f:
        newest = max(int(row["lab_second"]) for row in csv.DictReader(f))
    ended = int(kill_s) - 1  # the newest second that had ended at the kill
    missing = max(0, ended - newest)
    print(f"kill {i}: at +{kill_s % 1:.3f} into its second; newest journaled second ended "
          f"{kill_s - (newest + 1):.3f} s before the kill; seconds ended but missing: {missing}")
    return missing


def cost_run(cli, tmp, tag, journal):
    out = os.path.join(tmp, tag)
    p = start(cli, out, 0.5, () if journal else ("--no-journal",))
    cpu, t0, jbytes = 0.0, time.time(), 0
    while p.poll() is None:
        try:
            cpu = cpu_of(p.pid)
            # The CLI deletes its journal once the final CSVs are written: keep the largest.
            jbytes = max(jbytes, sum(os.path.getsize(os.path.join(out, n))
                                     for n in ("journal-metrics.csv", "journal-events.csv")
                                     if os.path.exists(os.path.join(out, n))))
        except (FileNotFoundError, ProcessLookupError):
            pass
        time.sleep(0.1)
    return cpu, jbytes, time.time() - t0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("--kills", type=int, default=4)
    ap.add_argument("--pairs", type=int, default=3)
    a = ap.parse_args()
    cli = os.path.join(a.build, "bin", "swarmlab-cli")
    with tempfile.TemporaryDirectory() as tmp:
        missing = [kill_round(cli, tmp, i) for i in range(a.kills)]
        print(f"SIGKILL: {a.kills} runs, seconds lost (ended before the kill, not journaled): "
              f"max {max(missing)}")
        on, off = [], []
        for i in range(a.pairs):
            on.append(cost_run(cli, tmp, f"on{i}", True))
            off.append(cost_run(cli, tmp, f"off{i}", False))
        for (c1, b, w), (c0, _, _) in zip(on, off):
            print(f"journal on: CLI CPU {c1:.2f} s, journal {b} bytes "
                  f"({b / 30:.0f} B per run second); off: CLI CPU {c0:.2f} s")
        c1, c0 = sum(c for c, _, _ in on), sum(c for c, _, _ in off)
        print(f"CLI CPU over {a.pairs} runs of 30 s: journal on {c1:.2f} s, off {c0:.2f} s, "
              f"ratio on/off {c1 / c0:.3f} (/proc ticks of 10 ms)")


if __name__ == "__main__":
    sys.exit(main())
