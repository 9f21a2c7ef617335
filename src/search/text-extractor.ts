/**
 * Reading an attachment's text in a child process (extract-process.ts), never on the site's own thread: a PDF
 * can take pdf.js seconds of CPU and hundreds of megabytes. One file at a time; a file that takes longer than
 * TIMEOUT_MS ends the child (and is reported as unreadable); the child ends itself after IDLE_MS without work.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import type { ExtractReply, ExtractRequest } from './extract-process'

const TIMEOUT_MS = 60_000
const IDLE_MS = 30_000
/** The project's folder: the site runs from it (scripts/serve.ts, tests, scripts). */
const CHILD = path.join(process.env.KHAOSAN_ROOT || process.cwd(), 'src/search/extract-process.ts')

let child: ChildProcess | null = null
let idle: NodeJS.Timeout | undefined
let lastId = 0
let queue: Promise<unknown> = Promise.resolve()

function running(): ChildProcess {
  if (child?.connected) return child
  // spawn with an IPC channel rather than fork: Turbopack's build takes fork's path for a module to bundle
  // (vercel/next.js#97952), while it leaves spawn's alone.
  const started = spawn(process.execPath, ['--import', 'tsx', CHILD], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  started.on('exit', () => {
    if (child === started) child = null
  })
  child = started
  return started
}

function stop(worker: ChildProcess) {
  if (child === worker) child = null
  worker.kill('SIGKILL')
}

export type Extracted = Omit<ExtractReply, 'id'>

function extractOne(filePath: string): Promise<Extracted> {
  clearTimeout(idle)
  const worker = running()
  const request: ExtractRequest = { id: ++lastId, path: filePath }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup()
      stop(worker)
      reject(new Error(`อ่านข้อความในไฟล์นานเกิน ${TIMEOUT_MS / 1000} วินาที`))
    }, TIMEOUT_MS)
    const onMessage = (reply: ExtractReply) => {
      if (reply.id !== request.id) return
      cleanup()
      resolve({ text: reply.text, words: reply.words, warning: reply.warning })
    }
    const onExit = () => {
      cleanup()
      reject(new Error('กระบวนการอ่านข้อความในไฟล์หยุดทำงาน'))
    }
    const cleanup = () => {
      clearTimeout(timer)
      worker.off('message', onMessage)
      worker.off('exit', onExit)
      idle = setTimeout(() => child && stop(child), IDLE_MS)
      idle.unref()
    }
    worker.on('message', onMessage)
    worker.once('exit', onExit)
    worker.send(request)
  })
}

/** The file's text and words ('' with a warning when it cannot be read), one file after another. */
export function extractTextInChild(filePath: string): Promise<Extracted> {
  const result = queue.then(() => extractOne(filePath))
  queue = result.catch(() => undefined)
  return result
}
