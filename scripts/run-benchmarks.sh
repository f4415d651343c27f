#!/usr/bin/env bash
# Runs the Google Benchmark targets and the whole-process timings that
# docs/performance.md records. Usage: scripts/run-benchmarks.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
"$build/bin/concord_bench" --benchmark_min_time=2 "${@:2}"
