#!/usr/bin/env bash
# Runs HybridCoach's BenchmarkDotNet suites (Release; decode throughput and the 1,000-activity import),
# then bench/run-peers.sh (the same decode workload against GPSBabel and fit-file-parser).
# Extra arguments go to BenchmarkDotNet, e.g. `bench/run-all.sh --filter '*FitDecode*'`.
# BenchmarkDotNet's reports land in bench/BenchmarkDotNet.Artifacts/results/.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
# Without HYBRIDCOACH_CORPUS the benchmarks look for shared/corpus beside the checkout or one of its parents.
if [[ -z "${HYBRIDCOACH_CORPUS:-}" && -d "$ROOT/../shared/corpus" ]]; then
  export HYBRIDCOACH_CORPUS="$ROOT/../shared/corpus"
fi

filter=(--filter '*FitDecodeBenchmarks*' '*ImportBenchmarks*')
(($# > 0)) && filter=("$@")

cd "$BENCH_DIR"
dotnet run -c Release --project HybridCoach.Benchmarks -- "${filter[@]}" --artifacts "$BENCH_DIR/BenchmarkDotNet.Artifacts"
"$BENCH_DIR/run-peers.sh"
