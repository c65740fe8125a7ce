#!/usr/bin/env bash
# Whole-process benchmark of cchc (Native AOT and JIT) against docxtemplater and pandoc on the same data.
#   bash bench/run.sh          full run (hyperfine medians), writes bench/results.md
#   RUNS=3 SIZES="45 1000" bash bench/run.sh    a shorter run (what CI does, informationally)
# Needs: the .NET SDK, clang + zlib1g-dev (AOT publish), hyperfine, node/npm, pandoc.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
SIZES=${SIZES:-"45 1000 10000"}
OUT=${OUT:-bench/results.md}
BATCH=${BATCH:-1}   # 0 skips the 100-plan build and 1,000-plan validate (CI's short run)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

need() { command -v "$1" >/dev/null || { echo "bench: $1 is missing ($2)"; exit 3; }; }
need hyperfine "apt-get install hyperfine"
need clang "apt-get install clang zlib1g-dev"

echo "== publishing cchc (AOT and JIT)"
if [ -n "${AOT_DIR:-}" ] && [ -x "$AOT_DIR/cchc" ]; then
  cp -r "$AOT_DIR" "$work/aot"
else
  dotnet publish src/Cchc.Cli -c Release -o "$work/aot" -nologo -v q >/dev/null
fi
dotnet publish src/Cchc.Cli -c Release -p:PublishAot=false -o "$work/jit" -nologo -v q >/dev/null
dotnet build bench/Cchc.PlanGen -c Release -nologo -v q >/dev/null
gen() { dotnet bench/Cchc.PlanGen/bin/Release/net10.0/Cchc.PlanGen.dll "$@"; }

peers=0
if command -v node >/dev/null && command -v pandoc >/dev/null && (cd bench/peers && npm ci --no-audit --no-fund --silent >/dev/null 2>&1); then
  peers=1
  node bench/peers/make-template.js "$work/template.docx"
else
  echo "bench: node/npm or pandoc unavailable: peers skipped"
fi

median() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(" ".join("%.4f" % x["median"] for x in r))' "$1"; }
peak() { /usr/bin/time -f %M "$@" >/dev/null 2>"$work/mem" || true; echo $(( $(tail -n1 "$work/mem") / 1024 )); }

rows=""
declare -A aot dt pd aot_mem
for n in $SIZES; do
  gen tasks "$n" "$work/t$n.yaml"
  gen peers "$n" "$work/t$n"
  cmds=("$work/aot/cchc build $work/t$n.yaml -o $work/out" "$work/jit/cchc build $work/t$n.yaml -o $work/out")
  [ $peers = 1 ] && cmds+=("node bench/peers/render.js $work/template.docx $work/t$n.json $work/out/dt.docx" "pandoc -f html -t docx -o $work/out/pd.docx $work/t$n.html")
  mkdir -p "$work/out"
  # Every tool writes new files each run (cchc would otherwise leave its unchanged documents alone).
  hyperfine -N -w 2 -r "$RUNS" --prepare "find $work/out -type f -delete" --export-json "$work/h$n.json" "${cmds[@]}" >/dev/null 2>&1
  read -r -a m <<<"$(median "$work/h$n.json")"
  aot[$n]=${m[0]}; dt[$n]=${m[2]:-}; pd[$n]=${m[3]:-}
  mem_aot=$(peak "$work/aot/cchc" build "$work/t$n.yaml" -o "$work/out")
  aot_mem[$n]=$mem_aot
  if [ $peers = 1 ]; then
    mem_dt=$(peak node bench/peers/render.js "$work/template.docx" "$work/t$n.json" "$work/out/dt.docx")
    mem_pd=$(peak pandoc -f html -t docx -o "$work/out/pd.docx" "$work/t$n.html")
    rows+="| $n tasks | ${m[0]} s, ${mem_aot} MiB | ${m[1]} s | ${m[2]} s, ${mem_dt} MiB | ${m[3]} s, ${mem_pd} MiB | $(python3 -c "print(f'{${m[2]}/${m[0]}:.1f}× / {${m[3]}/${m[0]}:.1f}×')") |\n"
  else
    rows+="| $n tasks | ${m[0]} s, ${mem_aot} MiB | ${m[1]} s | – | – | – |\n"
  fi
done

echo "== real plan, batch and validate"
b=("-" "-")
per_plan="-"
diff10k="-"
hyperfine -N -w 2 -r "$RUNS" --export-json "$work/real.json" "$work/aot/cchc build plans/phuong-hai-duong-2026.yaml -o $work/out" >/dev/null 2>&1
real=$(median "$work/real.json")
if [ "$BATCH" = 1 ]; then
  gen plans 100 "$work/p100"
  gen plans 1000 "$work/p1000"
  # A fresh output folder each run: every document is a new file (a rebuild leaves unchanged ones alone).
  hyperfine -N -w 1 -r 3 --prepare "rm -rf $work/out100" --export-json "$work/batch.json" "$work/aot/cchc build $work/p100 -o $work/out100" "$work/aot/cchc validate $work/p1000" >/dev/null 2>&1 || true
  read -r -a b <<<"$(median "$work/batch.json")"
  per_plan=$(python3 -c "print(f'{${b[0]}/100*1000:.1f}')")
  # Two 10,000-task plans a year apart in content: every ninth deadline and some contents changed.
  gen tasks 10000 "$work/d-old.yaml"
  sed -e 's/Cả năm 2026/Quý IV\/2026/' -e 's/nhiệm vụ số 1\([0-9]\)7 /nhiệm vụ thứ 1\17 /' "$work/d-old.yaml" > "$work/d-new.yaml"
  hyperfine -N -w 1 -r 3 -i --export-json "$work/diff.json" "$work/aot/cchc diff $work/d-old.yaml $work/d-new.yaml" >/dev/null 2>&1 || true
  diff10k=$(median "$work/diff.json")
fi

machine="$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -m), $(date -u +%Y-%m-%d)"
{
  echo "Machine: $machine. Medians of $RUNS whole-process runs (hyperfine); peak RSS from /usr/bin/time."
  echo
  echo "| plan | cchc AOT | cchc JIT | docxtemplater | pandoc | AOT faster than docxtemplater / pandoc |"
  echo "|---|---|---|---|---|---|"
  printf "%b" "$rows"
  echo
  echo "| case | time |"
  echo "|---|---|"
  echo "| \`cchc build\` of the real 002 plan (QĐ + KH + 45-row Phụ lục), AOT | ${real} s |"
  echo "| \`cchc build\` of 100 plans in one process, AOT | ${b[0]} s (${per_plan} ms per plan) |"
  echo "| \`cchc validate\` of 1,000 plans in one process, AOT | ${b[1]:-?} s |"
  echo "| \`cchc diff\` of two 10,000-task plans, AOT | ${diff10k} s |"
  echo
  echo "| target (issue 5) | measured | met |"
  echo "|---|---|---|"
  python3 - "$real" "${aot[45]:-}" "${dt[45]:-}" "${pd[45]:-}" "${aot[1000]:-}" "${aot[10000]:-}" "${aot_mem[10000]:-}" "$per_plan" "${b[1]:-}" <<'PY'
import sys
def num(x):
    try: return float(x)
    except ValueError: return None
real, a45, dt45, pd45, a1k, a10k, mem10k, per_plan, validate = map(num, sys.argv[1:])
rows = []
def row(target, value, ok):
    rows.append(f"| {target} | {value} | {'✓' if ok else '✗'} |" if ok is not None else f"| {target} | – | not measured |")
row("002 plan cold ≤ 0.05 s", f"{real:.4f} s" if real else "", real <= 0.05 if real else None)
if a45 and dt45 and pd45:
    row("45 tasks ≥ 4× faster than docxtemplater and pandoc", f"{dt45/a45:.1f}× / {pd45/a45:.1f}×", dt45/a45 >= 4 and pd45/a45 >= 4)
else:
    row("45 tasks ≥ 4× faster than docxtemplater and pandoc", "", None)
row("10,000 tasks ≤ 1.0 s", f"{a10k:.3f} s" if a10k else "", a10k <= 1.0 if a10k else None)
row("10,000 tasks ≤ 250 MiB", f"{mem10k:.0f} MiB" if mem10k else "", mem10k <= 250 if mem10k else None)
row("10,000 tasks ≤ 12 × 1,000 tasks", f"{a10k/a1k:.1f}×" if a10k and a1k else "", a10k/a1k <= 12 if a10k and a1k else None)
row("batch ≤ 5 ms per plan", f"{per_plan} ms" if per_plan else "", per_plan <= 5 if per_plan else None)
row("validate 1,000 plans ≤ 5 s", f"{validate:.2f} s" if validate else "", validate <= 5 if validate else None)
print("\n".join(rows))
PY
} | tee "$OUT"
