#!/usr/bin/env bash
# The web app's bounded load run on 127.0.0.1 (issue 16, "Speed"): 1,000 athletes × 2 years in the embedded store,
# 20 signed-in users, 20 s per page beside the static-file floor, then a 3 MB FIT upload and the new daily call.
# The seeded data directory (~13 GB, a few minutes to make) is kept in $TMPDIR/hybridcoach-webload for the next run.
# Extra arguments go to the tool: --athletes N --users N --seconds N --work DIR --upload FILE.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
if [[ -z "${HYBRIDCOACH_CORPUS:-}" && -d "$ROOT/../shared/corpus" ]]; then
  export HYBRIDCOACH_CORPUS="$ROOT/../shared/corpus"
fi
dotnet run -c Release --project "$BENCH_DIR/HybridCoach.WebLoad" -- "$@" 2> >(grep -v -e 'XmlKeyManager' -e 'No XML encryptor' >&2)
