#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the bundle reader's fuzz targets (the fuzz preset) and runs each for a fixed time,
# starting from the seed corpus; ./test.sh runs it briefly, docs/fuzzing.md says how to run it
# longer. Fails (exit 1) if a target finds a crash, leak, timeout or UBSan report; the input
# that did it is kept in build/fuzz/artifacts/. New corpus inputs go to build/fuzz/corpus/,
# never into the source tree.
#
#   tests/fuzz/run.sh [seconds per target] [more libFuzzer options]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
shift $(($# > 0 ? 1 : 0))

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

out=build/fuzz
mkdir -p "$out/artifacts"
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
status=0
for target in pdsa_fuzz_bundle pdsa_fuzz_bundle_records; do
  case $target in
    pdsa_fuzz_bundle) seeds=tests/data/bundles ;;
    pdsa_fuzz_bundle_records) seeds=tests/fuzz/seeds/records ;;
  esac
  corpus=$out/corpus/$target
  mkdir -p "$corpus"
  log=$out/$target.log
  echo "fuzz: $target for ${seconds}s (log: $log)"
  # The first folder receives new inputs; the seeds are only read.
  if "$out/tests/fuzz/$target" "$corpus" "$seeds" -dict=tests/fuzz/bundle.dict \
      -max_total_time="$seconds" -timeout=10 -artifact_prefix="$out/artifacts/$target-" \
      -print_final_stats=1 "$@" >"$log" 2>&1; then
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' "$log" |
      sed 's/^/  /'
    grep -E '^#[0-9]+.*(DONE|cov:)' "$log" | tail -n 1 | sed 's/^/  /'
  else
    status=1
    echo "fuzz: $target FAILED; the end of its log:" >&2
    tail -n 60 "$log" >&2
    echo "fuzz: reproduce with: $out/tests/fuzz/$target <artifact> (see docs/fuzzing.md)" >&2
  fi
done
exit "$status"
