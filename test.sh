#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what is missing, builds with AddressSanitizer and UndefinedBehaviorSanitizer, and runs
# every test (GUI tests on Qt's offscreen platform). The exit status is ctest's. First it fuzzes
# the bundle reader for a short fixed time (tests/fuzz/run.sh, docs/fuzzing.md) and stops with a
# failure if the fuzzer finds a crash, leak or UBSan report.
set -euo pipefail
cd "$(dirname "$0")"
./packaging/install-deps.sh
tests/fuzz/run.sh 30
cmake --preset asan >/dev/null
cmake --build --preset asan
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --preset asan -j "$(nproc)"
