#!/usr/bin/env bash
# CI's informational benchmark: a short run of bench/run.sh. Timing on CI is noisy, so it never fails the build.
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null && command -v clang >/dev/null || {
  apt-get install -y -qq --no-install-recommends hyperfine clang zlib1g-dev pandoc nodejs npm >/dev/null 2>&1 || true
}
RUNS=3 SIZES="45 1000" BATCH=0 OUT=/dev/null timeout 900 bash bench/run.sh || echo "bench: short benchmark did not complete (informational only)"
