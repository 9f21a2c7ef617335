#!/usr/bin/env bash
# Until the first release, the schema ships as one initial migration per database. After a schema change,
# this regenerates both (SQLite and PostgreSQL) from src/payload.config.ts.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
pgdb="khaosan_migrate_$$"
trap 'rm -rf "$work"; dropdb -h 127.0.0.1 -U postgres --if-exists "$pgdb" 2>/dev/null || true' EXIT
for kind in sqlite postgres; do
  # Every generated migration (it has a schema snapshot beside it) is folded into the new initial one.
  for snapshot in src/migrations/$kind/*.json; do rm -f "$snapshot" "${snapshot%.json}.ts"; done
  echo "export const migrations = []" > src/migrations/$kind/index.ts
done
export KHAOSAN_DATA_DIR="$work" PAYLOAD_SECRET=migrations
DATABASE_URL="file:$work/empty.db" npx payload migrate:create initial --skip-empty
createdb -h 127.0.0.1 -U postgres "$pgdb"
DATABASE_URL="postgres://postgres@127.0.0.1:5432/$pgdb" npx payload migrate:create initial --skip-empty
bash scripts/migrations-index.sh
# The TypeScript types of the collections follow the same schema.
npx payload generate:types
