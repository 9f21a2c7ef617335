/**
 * The process that reads attachments' text (started by text-extractor.ts): one file at a time, by path, over
 * IPC. pdf.js takes the CPU and memory a hostile or huge file asks for; here that costs this process only, which
 * is stopped when a file takes too long and ends itself when idle.
 */
import { indexText } from '@/domain/search'
import { extractFileText } from './extract-text'

export type ExtractRequest = { id: number; path: string }
/** The text, and its words as the search index stores them (cut here, once, not when the item is published). */
export type ExtractReply = { id: number; text: string; words: string; warning: string | null }

process.on('message', (request: ExtractRequest) => {
  let warning: string | null = null
  void extractFileText(request.path, { warn: (message) => (warning = message) }).then((text) => {
    const reply: ExtractReply = { id: request.id, text, words: indexText(text), warning }
    process.send?.(reply)
  })
})
process.on('disconnect', () => process.exit(0))
