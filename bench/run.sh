#!/usr/bin/env bash
# Whole-process benchmark of cchc (Native AOT and JIT) against its floor, docxtemplater and pandoc, all rendering
# the same whole documents, run interleaved round by round (bench/interleave.py) so the machine's load moves
# every command alike. Writes bench/results.md.
#   bash bench/run.sh                                   the full run
#   ROUNDS=3 ROUNDS_LARGE=2 SIZES="45 1000" BATCH=0 bash bench/run.sh    a short run (what CI does, informationally)
# Needs: the .NET SDK, clang + zlib1g-dev (AOT publish), python3, node/npm and pandoc (peers; PEERS=0 skips them).
set -euo pipefail
cd "$(dirname "$0")/.."
export OUT=${OUT:-bench/results.md}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v clang >/dev/null || { echo "bench: clang is missing (apt-get install clang zlib1g-dev)"; exit 3; }
echo "== publishing cchc (AOT and JIT), the floor program and plangen"
if [ -n "${AOT_DIR:-}" ] && [ -x "$AOT_DIR/cchc" ]; then
  cp -r "$AOT_DIR" "$work/aot"
else
  dotnet publish src/Cchc.Cli -c Release -o "$work/aot" -nologo -v q >/dev/null
fi
dotnet publish src/Cchc.Cli -c Release -p:PublishAot=false -o "$work/jit" -nologo -v q >/dev/null
dotnet publish src/Cchc.Cli -c Release -p:PublishAot=false -r linux-x64 --self-contained false -o "$work/r2r" -nologo -v q >/dev/null
dotnet publish bench/Cchc.Floor -c Release -o "$work/floor" -nologo -v q >/dev/null
dotnet publish bench/Cchc.PlanGen -c Release -p:PublishAot=false -o "$work/plangen" -nologo -v q >/dev/null

if [ "${PEERS:-1}" = 1 ] && command -v node >/dev/null && command -v pandoc >/dev/null \
   && (cd bench/peers && npm ci --no-audit --no-fund --silent >/dev/null 2>&1); then
  node bench/peers/make-template.js "$work/template.docx"
else
  echo "bench: node/npm or pandoc unavailable: peers skipped"
  export PEERS=0
fi

python3 bench/bench.py "$work" "$OUT"
