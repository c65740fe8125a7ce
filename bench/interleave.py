#!/usr/bin/env python3
"""Runs commands round by round (A B C, A B C, ...) so a change of the machine's load lands on every command
alike, and reports medians of the per-round ratios to a baseline rather than ratios of medians.

  interleave.py --rounds 15 --warmup 2 --prepare 'rm -rf out; mkdir out' --baseline floor --json R.json \
      floor='bench/floor ...' cchc='cchc build ...'

Each command runs without a shell (arguments split with shlex), after the --prepare command (run with sh, not
timed). Within a round the order rotates, so no command always runs first after the prepare step. Prints one
line per command: median seconds, the median per-round ratio to the baseline with its 25th–75th percentile
spread, the same two for the CPU time (user + system, from wait4: steadier than wall time on a loaded machine),
and the peak resident memory (the largest over the rounds) — and the load average before and after.
"""
import argparse, json, os, resource, shlex, statistics, subprocess, sys, time


def quantile(values, q):
    values = sorted(values)
    if len(values) == 1:
        return values[0]
    pos = q * (len(values) - 1)
    low = int(pos)
    high = min(low + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (pos - low)


def run_once(argv):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    cpu = usage.ru_utime + usage.ru_stime
    stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    return elapsed, cpu, usage.ru_maxrss / 1024.0, code, stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--prepare", default="")
    ap.add_argument("--baseline", required=True)
    ap.add_argument("--json")
    ap.add_argument("--ok-codes", default="0", help="exit codes that count as success, comma-separated")
    ap.add_argument("commands", nargs="+", help="name=command")
    args = ap.parse_args()

    commands = []
    for spec in args.commands:
        name, _, cmd = spec.partition("=")
        commands.append((name, shlex.split(cmd)))
    names = [n for n, _ in commands]
    if args.baseline not in names:
        sys.exit(f"interleave: baseline {args.baseline} is not among {names}")
    ok = {int(c) for c in args.ok_codes.split(",")}

    times = {n: [] for n in names}
    cpus = {n: [] for n in names}
    peak = {n: 0.0 for n in names}
    load_before = os.getloadavg()[0]
    for r in range(args.warmup + args.rounds):
        shift = r % len(commands)
        for name, argv in commands[shift:] + commands[:shift]:
            if args.prepare:
                subprocess.run(args.prepare, shell=True, check=True)
            elapsed, cpu, rss, code, stderr = run_once(argv)
            if code not in ok:
                sys.exit(f"interleave: {name} exited {code}: {stderr.strip()[:400]}")
            if r >= args.warmup:
                times[name].append(elapsed)
                cpus[name].append(cpu)
                peak[name] = max(peak[name], rss)
    load_after = os.getloadavg()[0]

    base, cpu_base = times[args.baseline], cpus[args.baseline]
    result = {"rounds": args.rounds, "load": [round(load_before, 2), round(load_after, 2)], "commands": {}}
    for name in names:
        ratios = [t / b for t, b in zip(times[name], base)]
        cpu_ratios = [t / b if b > 0 else float("nan") for t, b in zip(cpus[name], cpu_base)]
        result["commands"][name] = {
            "median_s": statistics.median(times[name]),
            "ratio_median": statistics.median(ratios),
            "ratio_p25": quantile(ratios, 0.25),
            "ratio_p75": quantile(ratios, 0.75),
            "cpu_median_s": statistics.median(cpus[name]),
            "cpu_ratio_median": statistics.median(cpu_ratios),
            "cpu_ratio_p25": quantile(cpu_ratios, 0.25),
            "cpu_ratio_p75": quantile(cpu_ratios, 0.75),
            "peak_mib": round(peak[name], 1),
            "times": times[name],
            "cpu_times": cpus[name],
        }
    for name in names:
        c = result["commands"][name]
        print(f"{name:>14}: {c['median_s'] * 1000:9.1f} ms  ×{c['ratio_median']:.2f} of {args.baseline} "
              f"(p25–p75 {c['ratio_p25']:.2f}–{c['ratio_p75']:.2f})  cpu {c['cpu_median_s'] * 1000:9.1f} ms  "
              f"×{c['cpu_ratio_median']:.2f} ({c['cpu_ratio_p25']:.2f}–{c['cpu_ratio_p75']:.2f})  {c['peak_mib']:.0f} MiB")
    print(f"{'load':>14}: {load_before:.2f} → {load_after:.2f} ({args.rounds} rounds)")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
