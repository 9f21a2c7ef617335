/**
 * npm run bench: the public site, the workflow core, the spam filter and concurrent uploads, one after another; with
 * `--agencies N` (and `--items-per-agency M`) many agencies on one PostgreSQL install instead (scripts/bench/agencies.ts),
 * with `--uploads` the concurrent uploads alone (scripts/bench/uploads.ts).
 */
import { execFileSync } from 'node:child_process'
import path from 'node:path'

const args = process.argv.slice(2).filter((arg) => arg !== '--')
const benches = args.includes('--agencies') ? ['agencies.ts'] : args.includes('--uploads') ? ['uploads.ts'] : ['site.ts', 'core.ts', 'spam.ts', 'uploads.ts']
for (const bench of benches) execFileSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, bench), ...args], { stdio: 'inherit' })
