/**
 * The process that reads uploaded files (started by worker.ts): one file at a time, by path, over IPC. It checks
 * a new upload's structure (inspect.ts) and reads an attachment's text (src/search/extract-text.ts). pdf.js and
 * the image decoder take the CPU and memory a hostile or huge file asks for; here that costs this process only,
 * which is stopped when a file takes too long and ends itself when idle.
 */
import { indexText } from '@/domain/search'
import { scanText, type ScannedFinding } from '@/domain/workflow'
import { extractFileText, hiddenTextOfFile } from '@/search/extract-text'
import { inspectFile, type InspectionKind } from './inspect'

export type WorkerAsk = { op: 'extract'; path: string } | { op: 'inspect'; path: string; name: string; kind: InspectionKind }
export type WorkerRequest = WorkerAsk & { id: number }

/** The text, its words as the search index stores them and what the scan for personal data and spam found: worked out here, once. */
export type Extracted = { text: string; words: string; warning: string | null; scan: ScannedFinding[]; hiddenLinks: { text: string; target?: string }[] }
/** null when the file is sound; else the Thai reason it is refused. */
export type Inspected = { refusal: string | null }
export type WorkerReply = { id: number } & ({ op: 'extract'; result: Extracted } | { op: 'inspect'; result: Inspected })

async function answer(request: WorkerRequest): Promise<WorkerReply> {
  if (request.op === 'inspect') return { id: request.id, op: 'inspect', result: { refusal: await inspectFile(request.path, request.name, request.kind) } }
  let warning: string | null = null
  const text = await extractFileText(request.path, { warn: (message) => (warning = message) })
  const hiddenLinks = (await hiddenTextOfFile(request.path)).map(({ text, target }) => ({ text, target }))
  return { id: request.id, op: 'extract', result: { text, words: indexText(text), warning, scan: scanText(text), hiddenLinks } }
}

process.on('message', (request: WorkerRequest) => {
  void answer(request).then((reply) => process.send?.(reply))
})
process.on('disconnect', () => process.exit(0))
