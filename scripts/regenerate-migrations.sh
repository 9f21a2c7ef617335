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
# migrate:create lists the folder's migrations by name; hand-written ones (e.g. the search index) must run
# after the initial one, whatever their timestamps, so each index.ts is rewritten: initial first, then the rest.
for kind in sqlite postgres; do
  dir=src/migrations/$kind
  names=$(cd "$dir" && ls *_initial.ts && ls *.ts | grep -v -e '_initial\.ts$' -e '^index\.ts$' | sort)
  {
    for name in $names; do echo "import * as migration_${name%.ts} from './${name%.ts}';"; done
    printf '\nexport const migrations = [\n'
    for name in $names; do printf "  {\n    up: migration_%s.up,\n    down: migration_%s.down,\n    name: '%s'\n  },\n" "${name%.ts}" "${name%.ts}" "${name%.ts}"; done
    echo '];'
  } > "$dir/index.ts"
done
# The TypeScript types of the collections follow the same schema.
npx payload generate:types
