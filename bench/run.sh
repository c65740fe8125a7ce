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
for n in $SIZES; do
  gen tasks "$n" "$work/t$n.yaml"
  gen peers "$n" "$work/t$n"
  cmds=("$work/aot/cchc build $work/t$n.yaml -o $work/out" "$work/jit/cchc build $work/t$n.yaml -o $work/out")
  [ $peers = 1 ] && cmds+=("node bench/peers/render.js $work/template.docx $work/t$n.json $work/out/dt.docx" "pandoc -f html -t docx -o $work/out/pd.docx $work/t$n.html")
  mkdir -p "$work/out"
  hyperfine -N -w 2 -r "$RUNS" --export-json "$work/h$n.json" "${cmds[@]}" >/dev/null 2>&1
  read -r -a m <<<"$(median "$work/h$n.json")"
  mem_aot=$(peak "$work/aot/cchc" build "$work/t$n.yaml" -o "$work/out")
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
} | tee "$OUT"
