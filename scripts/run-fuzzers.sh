#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer in build-fuzz/, seeds each from the bundled
# corpora, and runs each for FUZZ_SECONDS (default 60), FUZZ_JOBS at a time
# (default: the number of cores). A crash stops the run with its reproducer
# in build-fuzz/artifacts/<reader>/; keep it in fuzz/regressions/<reader>/
# once fixed.
# Usage: scripts/run-fuzzers.sh [reader...]   (default: every reader)
set -euo pipefail
cd "$(dirname "$0")/.."
build=build-fuzz
seconds=${FUZZ_SECONDS:-60}
jobs=${FUZZ_JOBS:-$(nproc)}
readers=("$@")
[[ ${#readers[@]} -gt 0 ]] || readers=(plain_text markdown mdx html docx xliff tmx)

CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCONCORD_BUILD_FUZZERS=ON -DCONCORD_BUILD_TESTS=OFF -DCONCORD_BUILD_BENCHMARKS=OFF \
  -DCONCORD_SANITIZE=address,undefined >/dev/null
cmake --build "$build" -j"$(nproc)" --target $(printf 'fuzz_%s ' "${readers[@]}")
python3 scripts/make-fuzz-seeds.py . "$build/seeds"

export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
run_one() {
  local reader=$1
  mkdir -p "$build/corpus/$reader" "$build/artifacts/$reader"
  local rc=0
  # Inputs that once failed (fuzz/regressions/<reader>/) run first, every time.
  local regressions=()
  [[ -d fuzz/regressions/$reader ]] && regressions=("fuzz/regressions/$reader")
  "$build/bin/fuzz_$reader" "$build/corpus/$reader" "$build/seeds/$reader" "${regressions[@]}" \
    -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$reader/" >"$build/fuzz_$reader.log" 2>&1 || rc=$?
  local runs
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/fuzz_$reader.log" | grep -o '[0-9]*$' || echo "?")
  if [[ $rc -eq 0 ]]; then
    echo "fuzz_$reader: ${seconds}s, $runs inputs, no crash"
  else
    echo "fuzz_$reader: FAILED (exit $rc), see $build/fuzz_$reader.log and $build/artifacts/$reader/"
  fi
  return $rc
}
status=0
pids=()
for reader in "${readers[@]}"; do
  run_one "$reader" &
  pids+=($!)
  if [[ ${#pids[@]} -ge $jobs ]]; then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
  fi
done
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
exit $status
