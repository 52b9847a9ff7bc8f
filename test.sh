#!/usr/bin/env bash
# Runs every test. Corpus tests run when ../shared/corpus (or $HYBRIDCOACH_CORPUS) is present; with
# HYBRIDCOACH_CORPUS set they are mandatory and fail if the corpus is missing.
set -uo pipefail
cd "$(dirname "$0")"
log="$(mktemp)"
dotnet test HybridCoach.slnx -c Release --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# One closing line for the whole run, summed over the test projects.
awk -F'[:,]' '/(Passed|Failed)! +- +Failed:/ { f += $2; p += $4; s += $6 } END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
