#!/usr/bin/env bash
# Times `cchc diff` on two plans whose one paragraph has N words, random (same words, other order) or near-identical.
#   bash bench/word-diff.sh [CCHC_DLL_OR_EXE]      (default: a Release build of src/Cchc.Cli)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build bench/Cchc.PlanGen -c Release -nologo -v q >/dev/null
if [ $# -ge 1 ]; then cchc=$1; else dotnet build src/Cchc.Cli -c Release -nologo -v q -o "$work/cli" >/dev/null; cchc=$work/cli/cchc.dll; fi
run() { case "$cchc" in *.dll) dotnet "$cchc" "$@" ;; *) "$cchc" "$@" ;; esac; }
echo "| words | kind | seconds | peak MiB |"
echo "|---|---|---|---|"
for n in ${SIZES:-50000 150000 1000000}; do
  for kind in random near; do
    dotnet bench/Cchc.PlanGen/bin/Release/net10.0/Cchc.PlanGen.dll paragraph "$n" "$kind" "$work/old.yaml" "$work/new.yaml"
    start=$(date +%s.%N)
    /usr/bin/time -f %M -o "$work/mem" timeout "${LIMIT:-600}" bash -c "$(declare -f run); cchc=$cchc; run diff $work/old.yaml $work/new.yaml" >/dev/null || echo "| $n | $kind | timed out | |"
    echo "| $n | $kind | $(python3 -c "import time;print(f'{time.time()-$start:.2f}')") | $(( $(tail -n1 "$work/mem") / 1024 )) |"
  done
done
