#!/usr/bin/env bash
# npm test: every test, on a fresh clone after `npm install`. Unit tests, then integration tests through the
# HTTP contract against a production build on SQLite and on PostgreSQL, then end-to-end tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh
node node_modules/next/dist/bin/next build > test-results-build.log 2>&1 || { tail -50 test-results-build.log; exit 1; }
rm -f test-results-build.log
exec npx vitest run "$@"
