#!/usr/bin/env bash
# npm test: every test, on a fresh clone after `npm install`. Unit tests, then integration tests through the
# HTTP contract against a production build on SQLite and on PostgreSQL, then end-to-end tests in Chromium.
# The projects run one after another: each integration or end-to-end file starts its own server, and these
# machines have two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh
mkdir -p test-results
echo "next build …"
{ node node_modules/next/dist/bin/next build && npx tsx scripts/build-server.ts; } > test-results/build.log 2>&1 || { tail -50 test-results/build.log; exit 1; }
if [ $# -gt 0 ]; then exec npx vitest run "$@"; fi
echo "tsc --noEmit …"
npx tsc --noEmit -p .
npx vitest run --project unit
npx vitest run --project integration
npx vitest run --project e2e
