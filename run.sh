#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what is missing, builds the optimised app and opens it (on the demo collaborative the
# first time). Extra arguments go to pdsa-tracker, e.g. ./run.sh path/to/workspace.pdsa
set -euo pipefail
cd "$(dirname "$0")"
./packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target pdsa-tracker pdsa
exec ./build/release/app/pdsa-tracker "$@"
