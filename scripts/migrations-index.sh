#!/usr/bin/env bash
# Writes src/migrations/{sqlite,postgres}/index.ts: the initial migration first, then the rest by name.
# migrate:create lists a folder's migrations by name; hand-written ones (e.g. the search index) have older
# timestamps than the initial one but must run after it.
set -euo pipefail
cd "$(dirname "$0")/.."
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
