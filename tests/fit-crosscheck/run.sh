#!/usr/bin/env bash
# Cross-checks a FIT file written by HybridCoach with the independent fit-file-parser (npm).
# Usage: tests/fit-crosscheck/run.sh FILE.fit   — installs the package on first use.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ $# -ne 1 ]; then echo "usage: $0 FILE.fit" >&2; exit 2; fi
file="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
if [ ! -d "$here/node_modules/fit-file-parser" ]; then
  (cd "$here" && npm install --no-audit --no-fund --silent >&2)
fi
exec node "$here/check.mjs" "$file"
