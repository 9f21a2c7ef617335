/**
 * The second half of `npm run build` (after `next build`): compiles the three server processes — the front server
 * (scripts/serve.ts), the site process (src/server/site-process.ts) and the file worker
 * (src/files/worker-process.ts) — from TypeScript into plain JavaScript in dist/server, with our own code bundled
 * and every package left to Node. Run by plain Node they carry no TypeScript loader: measured, `node --import tsx`
 * holds 35 MB more than `node` for an idle script (a second V8 isolate for the loader's hooks), and each process
 * starts an esbuild service of 12–19 MB beside it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'

const root = path.resolve(import.meta.dirname, '..')

fs.rmSync(path.join(root, 'dist/server'), { recursive: true, force: true }) // no chunk of an earlier build is left
await build({
  absWorkingDir: root,
  entryPoints: { serve: 'scripts/serve.ts', 'site-process': 'src/server/site-process.ts', 'worker-process': 'src/files/worker-process.ts' },
  outdir: 'dist/server',
  bundle: true,
  splitting: true, // what a process loads only when first used (the demo, documents) stays in its own file
  format: 'esm',
  platform: 'node',
  target: 'node20',
  supported: { 'import-attributes': true }, // Node 20.10 and later read `with { type: 'json' }`
  packages: 'external',
  jsx: 'automatic',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
})
console.log('dist/server: serve.js, site-process.js, worker-process.js')
