#!/usr/bin/env bash
# Times the whole `coach` CLI as a process — the native executable (./build-native) against the JIT build — beside
# GPSBabel's FIT reader on the same files, in the same run, and prints a Markdown table (hyperfine means):
#   - start-up: `coach --version`;
#   - decode: `coach inspect FILE` (decode plus the activity summary) against `gpsbabel -i garmin_fit -f FILE` (items
#     dropped before output), one process per file over every valid FIT file of the corpus, reported per file;
#   - the daily call: `coach today` on the demo runner's store (66 activities, 3 months).
# Needs hyperfine and gpsbabel (installed from Debian when missing) and the corpus (HYBRIDCOACH_CORPUS, default
# ../shared/corpus). Builds the native coach first when it is missing or stale.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
CORPUS=${HYBRIDCOACH_CORPUS:-$ROOT/../shared/corpus}
RUNS=${BENCH_RUNS:-5}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

for tool in hyperfine gpsbabel; do
  if ! command -v "$tool" >/dev/null; then
    sudo=""; [[ $(id -u) -ne 0 ]] && sudo=sudo
    $sudo apt-get update -qq && $sudo apt-get install -y -qq "$tool" >/dev/null
  fi
done
if [[ ! -x "$ROOT/.native/coach" || -n "$(find "$ROOT/src" \( -name '*.cs' -o -name '*.csproj' -o -name '*.sql' \) -newer "$ROOT/.native/coach" -print -quit)" ]]; then
  "$ROOT/build-native"
fi
dotnet build "$ROOT/src/HybridCoach.Cli" -c Release -nologo -v quiet >/dev/null
NATIVE="$ROOT/.native/coach"
JIT="dotnet $ROOT/src/HybridCoach.Cli/bin/Release/net10.0/coach.dll"

# The valid FIT files of the corpus (the ones the reference decodings list as activities), one path per line.
find "$CORPUS/fit" -maxdepth 1 -name '*.fit' | sort > "$OUT/all.txt"
: > "$OUT/files.txt"
while read -r f; do "$NATIVE" --data-dir "$OUT/probe" inspect "$f" >/dev/null 2>&1 && echo "$f" >> "$OUT/files.txt"; done < "$OUT/all.txt"
COUNT=$(wc -l < "$OUT/files.txt")
loop() { echo "while read -r f; do $1 >/dev/null 2>&1; done < $OUT/files.txt"; }

"$NATIVE" --data-dir "$OUT/demo" demo --date 2026-05-20 --months 3 >/dev/null

hyperfine --style basic --warmup 2 --runs "$RUNS" -N --export-json "$OUT/startup.json" \
  -n native "$NATIVE --version" -n jit "$JIT --version" >&2
hyperfine --style basic --warmup 1 --runs "$RUNS" --export-json "$OUT/decode.json" \
  -n native "$(loop "$NATIVE --data-dir $OUT/x inspect \"\$f\"")" \
  -n jit "$(loop "$JIT --data-dir $OUT/x inspect \"\$f\"")" \
  -n gpsbabel "$(loop "gpsbabel -i garmin_fit -f \"\$f\" -x nuketypes,waypoints,tracks,routes -o unicsv -F /dev/null")" >&2
hyperfine --style basic --warmup 1 --runs "$RUNS" -N --export-json "$OUT/today.json" \
  -n native "$NATIVE --data-dir $OUT/demo today --date 2026-05-21" -n jit "$JIT --data-dir $OUT/demo today --date 2026-05-21" >&2

mean() { python3 -c "import json,sys; r={x['command']:x['mean'] for x in json.load(open('$1'))['results']}; print('%.1f' % (r['$2']*1000/$3))"; }
echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores; .NET SDK $(dotnet --version); $(gpsbabel -V | xargs); $(hyperfine --version); $RUNS runs each."
echo
echo "| whole process, ms (mean) | coach native | coach JIT | GPSBabel |"
echo "|---|---:|---:|---:|"
echo "| start-up (\`coach --version\`) | $(mean "$OUT/startup.json" native 1) | $(mean "$OUT/startup.json" jit 1) | |"
echo "| decode one corpus FIT file (\`coach inspect\`; $COUNT files, mean per file) | $(mean "$OUT/decode.json" native "$COUNT") | $(mean "$OUT/decode.json" jit "$COUNT") | $(mean "$OUT/decode.json" gpsbabel "$COUNT") |"
echo "| the daily call (\`coach today\`, demo store) | $(mean "$OUT/today.json" native 1) | $(mean "$OUT/today.json" jit 1) | |"
