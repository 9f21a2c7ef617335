#!/usr/bin/env bash
# After a schema change: `bash scripts/new-migration.sh NAME` writes the change as a migration for SQLite and for
# PostgreSQL (from the last snapshot to src/payload.config.ts), orders the indexes, and regenerates the types.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?name of the migration, e.g. rule_reviews}
work=$(mktemp -d)
pgdb="khaosan_migrate_$$"
trap 'rm -rf "$work"; dropdb -h 127.0.0.1 -U postgres --if-exists "$pgdb" 2>/dev/null || true' EXIT
export KHAOSAN_DATA_DIR="$work" PAYLOAD_SECRET=migrations
DATABASE_URL="file:$work/empty.db" npx payload migrate:create "$name"
createdb -h 127.0.0.1 -U postgres "$pgdb"
DATABASE_URL="postgres://postgres@127.0.0.1:5432/$pgdb" npx payload migrate:create "$name"
bash scripts/migrations-index.sh
npx payload generate:types
