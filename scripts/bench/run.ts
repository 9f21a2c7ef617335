/**
 * npm run bench: the public site, the workflow core and the spam filter, one after another; with `--agencies N`
 * (and `--items-per-agency M`) many agencies on one PostgreSQL install instead (scripts/bench/agencies.ts).
 */
import { execFileSync } from 'node:child_process'
import path from 'node:path'

const args = process.argv.slice(2).filter((arg) => arg !== '--')
const benches = args.includes('--agencies') ? ['agencies.ts'] : ['site.ts', 'core.ts', 'spam.ts']
for (const bench of benches) execFileSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, bench), ...args], { stdio: 'inherit' })
