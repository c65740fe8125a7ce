#!/usr/bin/env bash
# The fuzz harness's long run: 100,000 mutants (COUNT, SEED, OUT override), Release build, the Open XML SDK
# validator on every 10th mutant's documents (every document is checked as zip + well-formed XML).
# SOURCE=status|workbook|word mutates the status files, the exported workbooks or the Word files instead of the plans.
# A crashed worker (stack overflow) is re-run mutant by mutant by the harness itself and the run resumes; re-running
# the script with the same OUT resumes an interrupted run. Summary in $OUT/summary.txt, reproducers in $OUT/failures/.
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${COUNT:-100000} SEED=${SEED:-1} SOURCE=${SOURCE:-plan} OUT=${OUT:-artifacts/fuzz-long-$SOURCE}
dotnet build tests/Cchc.Fuzz -c Release -nologo -v q
dotnet tests/Cchc.Fuzz/bin/Release/net10.0/Cchc.Fuzz.dll --seed "$SEED" --count "$COUNT" --out "$OUT" --schema-every 10 --timeout 30 --source "$SOURCE" "$@"
