/**
 * Serves the production build: `node dist/server/serve.js [-p PORT] [-H HOST]`, compiled from this file by `npm run build`
 * (scripts/build-server.ts); npm start uses it, and so do the tests.
 * The front server listens; it starts the site process (Next and Payload) and restarts it if it ends.
 */
import { startFront } from '../src/server/front'
import { port as defaultPort, tlsFiles } from '../src/server/environment'

const argument = (flag: string) => {
  const i = process.argv.indexOf(flag)
  return i >= 0 ? process.argv[i + 1] : undefined
}

;(process.env as Record<string, string>).NODE_ENV = 'production'
const port = Number(argument('-p') ?? defaultPort())
const hostname = argument('-H')
const tls = tlsFiles() ?? undefined
const front = await startFront({ port, hostname, tls })
console.log(`Khaosan: ${tls ? 'https' : 'http'}://${hostname ?? 'localhost'}:${port}${tls?.httpPort ? ` (HTTP ${tls.httpPort} → HTTPS)` : ''}`)
// The site process ends first, so that nothing is still writing to the data folder when this one has exited.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void front.stop().finally(() => process.exit(0)))
