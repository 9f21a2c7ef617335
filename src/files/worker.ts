/**
 * Reading uploaded files in a child process (worker-process.ts), never on the site's own thread: a PDF can take
 * pdf.js seconds of CPU and hundreds of megabytes. Two workers: one checks new uploads while the person waits,
 * the other reads attachments' text in the background, so a long extraction never holds up an upload. Each takes
 * one file at a time; a file that takes longer than its time ends the child (the file is then reported as
 * unreadable); a child ends itself after IDLE_MS without work.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import type { Extracted, Inspected, WorkerAsk, WorkerReply, WorkerRequest } from './worker-process'
import type { InspectionKind } from './inspect'
import { builtServer } from '@/server/environment'

const IDLE_MS = 30_000

class FileWorker {
  private child: ChildProcess | null = null
  private idle: NodeJS.Timeout | undefined
  private lastId = 0
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly timeoutMs: number,
    private readonly timeoutMessage: string,
  ) {}

  private running(): ChildProcess {
    if (this.child?.connected) return this.child
    // spawn with an IPC channel rather than fork: Turbopack's build takes fork's path for a module to bundle
    // (vercel/next.js#97952), while it leaves spawn's alone.
    const started = spawn(process.execPath, [builtServer('worker-process')], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    started.on('exit', () => {
      if (this.child === started) this.child = null
    })
    this.child = started
    return started
  }

  private stop(worker: ChildProcess) {
    if (this.child === worker) this.child = null
    worker.kill('SIGKILL')
  }

  private one(ask: WorkerAsk): Promise<WorkerReply> {
    clearTimeout(this.idle)
    const worker = this.running()
    const request: WorkerRequest = { ...ask, id: ++this.lastId }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup()
        this.stop(worker)
        reject(new Error(this.timeoutMessage))
      }, this.timeoutMs)
      const onMessage = (reply: WorkerReply) => {
        if (reply.id !== request.id) return
        cleanup()
        resolve(reply)
      }
      const onExit = () => {
        cleanup()
        reject(new Error('กระบวนการอ่านไฟล์หยุดทำงาน'))
      }
      const cleanup = () => {
        clearTimeout(timer)
        worker.off('message', onMessage)
        worker.off('exit', onExit)
        this.idle = setTimeout(() => this.child && this.stop(this.child), IDLE_MS)
        this.idle.unref()
      }
      worker.on('message', onMessage)
      worker.once('exit', onExit)
      worker.send(request)
    })
  }

  /** One request after another. */
  ask(ask: WorkerAsk): Promise<WorkerReply> {
    const result = this.queue.then(() => this.one(ask))
    this.queue = result.catch(() => undefined)
    return result
  }
}

const extractor = new FileWorker(60_000, 'อ่านข้อความในไฟล์นานเกิน 60 วินาที')
const inspector = new FileWorker(30_000, 'ตรวจไฟล์นานเกิน 30 วินาที')

/** The file's text and words ('' with a warning when it cannot be read), one file after another. */
export async function extractTextInChild(filePath: string): Promise<Extracted> {
  const reply = await extractor.ask({ op: 'extract', path: filePath })
  if (reply.op !== 'extract') throw new Error('unexpected reply')
  return reply.result
}

/** Whether an upload is sound (pdf.js opens the PDF and finds no active content; the image decodes). */
export async function inspectInChild(filePath: string, name: string, kind: InspectionKind): Promise<Inspected> {
  const reply = await inspector.ask({ op: 'inspect', path: filePath, name, kind })
  if (reply.op !== 'inspect') throw new Error('unexpected reply')
  return reply.result
}
