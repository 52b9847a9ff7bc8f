#!/usr/bin/env bash
# Times HybridCoach's FIT decoder against two real peers on the same files, in the same run, and prints a
# Markdown table (also saved as bench/peers/out/<stamp>/results.md):
#   - GPSBabel's FIT reader (Debian package gpsbabel, C++), whole process: gpsbabel -i garmin_fit -f FILE
#     with every item dropped before output (the cheapest output); its in-process figure is the marginal
#     cost of reading the same files once more inside one process (-f given K times, (t_K - t_1)/(K-1)).
#   - fit-file-parser (npm, JavaScript) with default options: in-process timing loop after warm-up, and
#     one `node parse.mjs FILE` per file.
#   - HybridCoach, message mode (every message with scaled values, like the peers) and column mode
#     (records into columns, like an import): the same timing loop, and one process per file; non-concurrent
#     GC as its runtimeconfig sets, plus in-process rows with the runtime's default concurrent GC.
# Targets: the four largest corpus FIT files and the whole valid FIT corpus (files decoded one after another).
# Needs only the Debian and npm registries (to install gpsbabel, hyperfine, nodejs/npm and fit-file-parser
# when missing). Environment: HYBRIDCOACH_CORPUS (default: ../shared/corpus from the repository root, else
# shared/corpus beside a parent folder),
# BENCH_MIN_SECONDS (in-process timing per figure, default 3), BENCH_QUICK=1 (fewer whole-process runs).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
# Without HYBRIDCOACH_CORPUS the benchmarks look for shared/corpus beside the checkout or one of its parents.
if [[ -z "${HYBRIDCOACH_CORPUS:-}" && -d "$ROOT/../shared/corpus" ]]; then
  export HYBRIDCOACH_CORPUS="$ROOT/../shared/corpus"
fi
MIN_SECONDS=${BENCH_MIN_SECONDS:-3}
RUNS_FILE=10
RUNS_CORPUS=3
if [[ "${BENCH_QUICK:-0}" == 1 ]]; then RUNS_FILE=3; RUNS_CORPUS=1; fi
OUT=$BENCH_DIR/peers/out/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"

log() { echo "== $*" >&2; }

install_debian_packages() {
  local missing=()
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
  done
  ((${#missing[@]} == 0)) && return 0
  log "installing ${missing[*]} (Debian)"
  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo=sudo
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

install_debian_packages gpsbabel:gpsbabel hyperfine:hyperfine node:nodejs npm:npm
if [[ ! -d "$BENCH_DIR/peers/node/node_modules/fit-file-parser" ]]; then
  log "installing fit-file-parser (npm)"
  (cd "$BENCH_DIR/peers/node" && npm ci --no-audit --no-fund --loglevel=error)
fi

# Ours is published the way a command-line tool ships: Release, framework-dependent, ReadyToRun (code
# precompiled, so start-up does not wait for the JIT; steady-state code is re-jitted as usual). The
# ReadyToRun compiler comes from NuGet; without it the plain Release build is timed and the table says so.
RID=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
BUILD_KIND="Release, ReadyToRun ($RID)"
log "publishing HybridCoach.Benchmarks ($BUILD_KIND)"
if ! dotnet publish "$BENCH_DIR/HybridCoach.Benchmarks" -c Release -r "$RID" --self-contained false \
    -p:PublishReadyToRun=true --nologo -v quiet -o "$OUT/bin" >&2; then
  BUILD_KIND="Release (JIT only: ReadyToRun publish failed)"
  dotnet build "$BENCH_DIR/HybridCoach.Benchmarks" -c Release --nologo -v quiet -o "$OUT/bin" >&2
fi
OURS=("dotnet" "$OUT/bin/HybridCoach.Benchmarks.dll")
# The same decode command compiled ahead of time (Native AOT: no JIT, no runtime start-up) in its own small
# executable (bench/HybridCoach.Decode: the FIT decoder only), for the native whole-process rows.
NATIVE=()
log "publishing HybridCoach.Decode (Native AOT, $RID)"
if dotnet publish "$BENCH_DIR/HybridCoach.Decode" -c Release -r "$RID" -p:PublishAot=true --nologo -v quiet -o "$OUT/native" >/dev/null 2>&1; then
  NATIVE=("$OUT/native/HybridCoach.Decode")
  BUILD_KIND="$BUILD_KIND, and Native AOT (bench/HybridCoach.Decode) for the native whole-process rows"
else
  log "Native AOT publish failed: no native rows"
fi
NODE_SCRIPT="$BENCH_DIR/peers/node/parse.mjs"
GPSBABEL_OUT=(-x nuketypes,waypoints,tracks,routes -o unicsv -F /dev/null)

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
"${OURS[@]}" list-large > "$OUT/large.txt"
"${OURS[@]}" list-corpus > "$OUT/corpus.txt"

# gpsbabel arguments that read the files of $1 (a list file) $2 times in one process.
gpsbabel_command() {
  local list=$1 repeat=$2 args="gpsbabel -i garmin_fit"
  for ((r = 0; r < repeat; r++)); do
    while read -r file; do args+=" -f $file"; done < "$list"
  done
  echo "$args ${GPSBABEL_OUT[*]}"
}

# Whole-process command for one file ({} is replaced by the file) or a loop over a list of files.
per_file() {
  local list=$1 template=$2
  if [[ $(wc -l < "$list") -eq 1 ]]; then
    echo "${template//\{\}/$(cat "$list")}"
  else
    echo "while read -r f; do ${template//\{\}/\"\$f\"}; done < $list"
  fi
}

run_target() {
  local name=$1 list=$2 repeat=$3 runs=$4 dir="$OUT/targets/$1"
  mkdir -p "$dir"
  log "$name: $(wc -l < "$list") file(s)"
  mapfile -t files < "$list"
  echo "{\"name\":\"$name\",\"files\":${#files[@]},\"repeat\":$repeat}" > "$dir/meta.json"

  "${OURS[@]}" inproc --mode both --min-seconds "$MIN_SECONDS" "${files[@]}" > "$dir/inproc-ours.jsonl"
  # The same with the runtime's default background (concurrent) GC, which our runtimeconfig turns off.
  DOTNET_gcConcurrent=1 "${OURS[@]}" inproc --mode both --min-seconds "$MIN_SECONDS" "${files[@]}" > "$dir/inproc-ours-concurrent-gc.jsonl"
  node "$NODE_SCRIPT" --inproc --min-seconds "$MIN_SECONDS" "${files[@]}" > "$dir/inproc-node.jsonl"

  local shell_opt=() ; [[ ${#files[@]} -eq 1 ]] && shell_opt=(-N)
  local native_runs=()
  if ((${#NATIVE[@]} > 0)); then
    native_runs=(-n "hybridcoach native messages" "$(per_file "$list" "${NATIVE[*]} --mode messages {}")"
      -n "hybridcoach native columns" "$(per_file "$list" "${NATIVE[*]} --mode columns {}")")
  fi
  hyperfine --style basic --warmup 1 --runs "$runs" "${shell_opt[@]}" --export-json "$dir/gpsbabel-inproc.json" \
    -n "x1" "$(gpsbabel_command "$list" 1)" -n "x$repeat" "$(gpsbabel_command "$list" "$repeat")" >&2

  hyperfine --style basic --warmup 2 --runs "$runs" "${shell_opt[@]}" --export-json "$dir/whole.json" \
    -n "hybridcoach messages" "$(per_file "$list" "${OURS[*]} decode --mode messages {}")" \
    -n "hybridcoach columns" "$(per_file "$list" "${OURS[*]} decode --mode columns {}")" \
    "${native_runs[@]}" \
    -n "fit-file-parser messages" "$(per_file "$list" "node $NODE_SCRIPT {}")" \
    -n "gpsbabel garmin_fit" "$(per_file "$list" "gpsbabel -i garmin_fit -f {} ${GPSBABEL_OUT[*]}")" >&2
}

: > "$OUT/targets.txt"
while read -r path; do
  name=$(basename "$path")
  echo "$path" > "$OUT/$name.list"
  run_target "$name" "$OUT/$name.list" 4 "$RUNS_FILE"
  echo "$name" >> "$OUT/targets.txt"
done < "$OUT/large.txt"
run_target corpus "$OUT/corpus.txt" 3 "$RUNS_CORPUS"
echo corpus >> "$OUT/targets.txt"

{
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load average before the run: $LOAD_BEFORE."
  echo "HybridCoach: .NET SDK $(dotnet --version), $BUILD_KIND; node $(node --version); $(gpsbabel -V | xargs); $(hyperfine --version)."
  echo
  node "$BENCH_DIR/peers/report.mjs" "$OUT"
} | tee "$OUT/results.md"
log "raw results in $OUT"
