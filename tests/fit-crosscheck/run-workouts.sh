#!/usr/bin/env bash
# Cross-checks FIT workout files written by HybridCoach with the independent fit-file-parser (npm).
# Usage: tests/fit-crosscheck/run-workouts.sh DIR   — DIR holds the .fit files and expected.json;
# installs the package on first use (like run.sh).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ $# -ne 1 ]; then echo "usage: $0 DIR" >&2; exit 2; fi
dir="$(cd "$1" && pwd)"
if [ ! -d "$here/node_modules/fit-file-parser" ]; then
  (cd "$here" && npm install --no-audit --no-fund --silent >&2)
fi
exec node "$here/check-workouts.mjs" "$dir"
