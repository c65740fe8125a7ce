#!/usr/bin/env python3
"""The cases of bench/run.sh, each run interleaved (see interleave.py) against the floor program.

  bench.py WORK OUT.md    (run.sh has published cchc, the floor and plangen into WORK and set the env below)

Env: ROUNDS (rounds of the small cases), ROUNDS_LARGE (10,000 tasks and more), SIZES, BATCH (0 skips the batch,
the diff and the 33,000-task case), PEERS (0 skips docxtemplater and pandoc).
"""
import glob, json, os, subprocess, sys, zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import interleave  # noqa: E402

WORK, OUT = sys.argv[1], sys.argv[2]
ROUNDS = int(os.environ.get("ROUNDS", "15"))
ROUNDS_LARGE = int(os.environ.get("ROUNDS_LARGE", "5"))
SIZES = [int(s) for s in os.environ.get("SIZES", "45 1000 10000 33000").split()]
BATCH = os.environ.get("BATCH", "1") == "1"
PEERS = os.environ.get("PEERS", "1") == "1"
AOT, JIT, R2R, FLOOR = f"{WORK}/aot/cchc", f"{WORK}/jit/cchc", f"{WORK}/r2r/cchc", f"{WORK}/floor/cchc-floor"
PLANGEN = ["dotnet", f"{WORK}/plangen/Cchc.PlanGen.dll"]
OUTDIR = f"{WORK}/out"
PREPARE = f"rm -rf {OUTDIR} && mkdir -p {OUTDIR}"


def sh(*argv):
    subprocess.run(list(argv), check=True, stdout=subprocess.DEVNULL)


def parts_of(yaml, name):
    """Builds the plan once and stores its documents' parts uncompressed: the floor writes the same parts."""
    ref = f"{WORK}/ref-{name}"
    sh("rm", "-rf", ref)
    sh(AOT, "build", yaml, "-o", ref)
    parts = f"{WORK}/parts-{name}.zip"
    with zipfile.ZipFile(parts, "w", zipfile.ZIP_STORED) as out:
        for docx in sorted(glob.glob(f"{ref}/*.docx")):
            with zipfile.ZipFile(docx) as z:
                for entry in z.infolist():
                    out.writestr(os.path.basename(docx) + "/" + entry.filename, z.read(entry))
    return parts


def run(name, commands, rounds, baseline="floor"):
    print(f"== {name}", flush=True)
    result_path = f"{WORK}/{name}.json"
    argv = ["--rounds", str(rounds), "--warmup", "1", "--prepare", PREPARE, "--baseline", baseline, "--json", result_path]
    argv += [f"{k}={v}" for k, v in commands]
    sys.argv = ["interleave.py"] + argv
    interleave.main()
    with open(result_path, encoding="utf-8") as f:
        return json.load(f)


def paired(result, a, b):
    """Median over rounds of a's time ÷ b's time."""
    ta, tb = result["commands"][a]["times"], result["commands"][b]["times"]
    return interleave.statistics.median([x / y for x, y in zip(ta, tb)])


def plan_case(name, yaml, rounds, peers, jit):
    parts = parts_of(yaml, name)
    commands = [("floor", f"{FLOOR} {yaml} {parts} {OUTDIR}"), ("cchc", f"{AOT} build {yaml} -o {OUTDIR}")]
    if jit:
        commands.append(("cchc-jit", f"{JIT} build {yaml} -o {OUTDIR}"))
        commands.append(("cchc-r2r", f"{R2R} build {yaml} -o {OUTDIR}"))
    if peers:
        sh(*PLANGEN, "document", yaml, f"{WORK}/{name}")
        commands.append(("docxtemplater", f"node bench/peers/render.js {WORK}/template.docx {WORK}/{name}.json {OUTDIR}/dt.docx"))
        commands.append(("pandoc", f"pandoc -f html -t docx -o {OUTDIR}/pd.docx {WORK}/{name}.html"))
    return run(name, commands, rounds)


def ms(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def main():
    results, rows, targets = {}, [], []
    results["real"] = plan_case("real", "plans/phuong-hai-duong-2026.yaml", ROUNDS, PEERS, jit=True)
    for n in SIZES:
        if n > 10000 and not BATCH:
            continue
        yaml = f"{WORK}/t{n}.yaml"
        sh(*PLANGEN, "tasks", str(n), yaml)
        results[n] = plan_case(f"t{n}", yaml, ROUNDS if n <= 1000 else ROUNDS_LARGE, PEERS and n <= 10000, jit=n <= 1000)

    for key, r in results.items():
        c = r["commands"]
        label = "real 2026 plan (QĐ + KH + 45-row Phụ lục)" if key == "real" else f"{key:,} tasks"
        peer = lambda p: f"{ms(c[p]['median_s'])}, {c[p]['peak_mib']:.0f} MiB ({paired(r, p, 'cchc'):.1f}× cchc)" if p in c else "–"
        rows.append(f"| {label} | {ms(c['floor']['median_s'])} | {ms(c['cchc']['median_s'])}, {c['cchc']['peak_mib']:.0f} MiB "
                    f"| **{c['cchc']['ratio_median']:.1f}×** ({c['cchc']['ratio_p25']:.1f}–{c['cchc']['ratio_p75']:.1f}) "
                    f"| {ms(c['cchc-jit']['median_s']) if 'cchc-jit' in c else '–'} | {ms(c['cchc-r2r']['median_s']) if 'cchc-r2r' in c else '–'} | {peer('docxtemplater')} | {peer('pandoc')} "
                    f"| {r['load'][0]:.1f}→{r['load'][1]:.1f} |")

    def target(text, value, ok):
        targets.append(f"| {text} | {value} | {'✓' if ok else '✗'} |")

    real = results["real"]["commands"]["cchc"]
    target("real 2026 plan cold ≤ 2.5× the floor", f"{real['ratio_median']:.2f}×", real["ratio_median"] <= 2.5)
    if 10000 in results:
        r10 = results[10000]
        c10 = r10["commands"]["cchc"]
        target("10,000 tasks ≤ 5× the floor", f"{c10['ratio_median']:.2f}×", c10["ratio_median"] <= 5)
        target("10,000 tasks peak ≤ 80 MiB", f"{c10['peak_mib']:.0f} MiB", c10["peak_mib"] <= 80)
        if "docxtemplater" in r10["commands"]:
            x = paired(r10, "docxtemplater", "cchc")
            target("10,000 tasks ≥ 6× faster than docxtemplater (same document)", f"{x:.1f}×", x >= 6)
        if 33000 in results:
            growth = results[33000]["commands"]["cchc"]["median_s"] / c10["median_s"]
            target("linear to 33,000 tasks (33k ÷ 10k ≤ 3.3 × 1.15)", f"{growth:.2f}", growth <= 3.3 * 1.15)

    extra = []
    if BATCH:
        old, new = f"{WORK}/d-old.yaml", f"{WORK}/d-new.yaml"
        sh(*PLANGEN, "tasks", "10000", old)
        with open(old, encoding="utf-8") as f:
            text = f.read()
        with open(new, "w", encoding="utf-8") as f:
            f.write(text.replace("Cả năm 2026", "Quý IV/2026").replace("nhiệm vụ số 17", "nhiệm vụ thứ 17"))
        d = run("diff", [("diff", f"{AOT} diff {old} {new}"), ("redline", f"{AOT} diff {old} {new} --redline {OUTDIR}/r.docx")],
                ROUNDS_LARGE, baseline="diff")["commands"]
        extra.append(f"| `cchc diff` of two 10,000-task plans | {ms(d['diff']['median_s'])}, {d['diff']['peak_mib']:.0f} MiB |")
        extra.append(f"| `cchc diff --redline` of the same | {ms(d['redline']['median_s'])}, {d['redline']['peak_mib']:.0f} MiB |")
        target("diff of two 10,000-task plans ≤ 0.5 s", ms(d["diff"]["median_s"]), d["diff"]["median_s"] <= 0.5)
        target("--redline ≤ 200 MiB", f"{d['redline']['peak_mib']:.0f} MiB", d["redline"]["peak_mib"] <= 200)
        batch_dir = f"{WORK}/p3400"
        sh(*PLANGEN, "plans", "3400", batch_dir)
        b = run("batch", [("batch", f"{AOT} build {batch_dir} -o {OUTDIR}")], 3, baseline="batch")["commands"]["batch"]
        per_plan = b["median_s"] / 3400 * 1000
        extra.append(f"| `cchc build` of 3,400 plans in one process | {ms(b['median_s'])} ({per_plan:.2f} ms per plan), {b['peak_mib']:.0f} MiB |")
        target("batch ≤ 2 ms per plan (3,400 plans)", f"{per_plan:.2f} ms", per_plan <= 2)

    helped = subprocess.run([AOT, "import", "--help"], capture_output=True, text=True)
    if helped.returncode == 0 and "cchc import" in helped.stdout:
        built = f"{WORK}/ref-real"
        docs = " ".join(sorted(glob.glob(f"{built}/*.docx")))
        i = run("import", [("build", f"{AOT} build plans/phuong-hai-duong-2026.yaml -o {OUTDIR}"),
                           ("import", f"{AOT} import {docs} -o {OUTDIR}/imported.yaml")], ROUNDS, baseline="build")
        ratio = i["commands"]["import"]["ratio_median"]
        extra.append(f"| `cchc import` of the real plan's built documents | {ms(i['commands']['import']['median_s'])} ({ratio:.2f}× the build) |")
        target("import of the 45-task documents ≤ 2× the build", f"{ratio:.2f}×", ratio <= 2)

    machine = subprocess.run("echo \"$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -m), $(date -u +%Y-%m-%d)\"",
                             shell=True, capture_output=True, text=True).stdout.strip()
    lines = [
        f"Machine: {machine}. Commands run interleaved, round by round ({ROUNDS} rounds; {ROUNDS_LARGE} from 10,000 tasks),",
        "each into a fresh folder. The floor starts, reads the plan and zips the parts cchc wrote for it (bench/Cchc.Floor).",
        "×floor is the median of per-round ratios (25th–75th percentile); peer columns say how many times cchc's time",
        "they took (median of per-round ratios). Peers render the same whole document (plangen document).",
        "",
        "| plan | floor | cchc AOT | ×floor | cchc JIT | cchc JIT, ReadyToRun | docxtemplater | pandoc | load |",
        "|---|---|---|---|---|---|---|---|---|",
        *rows, "",
    ]
    if extra:
        lines += ["| case | measured |", "|---|---|", *extra, ""]
    lines += ["| target (issue 12) | measured | met |", "|---|---|---|", *targets]
    text = "\n".join(lines) + "\n"
    print(text)
    if OUT != "/dev/null":
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
