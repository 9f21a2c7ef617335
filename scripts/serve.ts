/**
 * Serves the production build: `tsx scripts/serve.ts [-p PORT] [-H HOST]` (npm start uses it; so do the tests).
 */
import { startPublicServer } from '../src/server/public-server'
import { port as defaultPort } from '../src/server/environment'

const argument = (flag: string) => {
  const i = process.argv.indexOf(flag)
  return i >= 0 ? process.argv[i + 1] : undefined
}

;(process.env as Record<string, string>).NODE_ENV = 'production'
const port = Number(argument('-p') ?? defaultPort())
const hostname = argument('-H')
await startPublicServer({ port, hostname })
console.log(`Khaosan: http://${hostname ?? 'localhost'}:${port}`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0))
