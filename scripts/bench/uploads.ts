/**
 * npm run bench -- --uploads: many people uploading at once (issue 10: "many concurrent uploads keep memory bounded").
 * On the demo installation (SQLite), BENCH_UPLOADS (default 50) staff uploads of a PDF just under the 4 MB limit, all
 * at once, then as many bodies of 20 MB (over the limit, refused 413 while they arrive); the front server's and site
 * process's RSS sampled every 20 ms, printed before, at the peak and after, with the answers' statuses and times.
 * Prints figures; asserts nothing.
 */
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { closePdfRenderer, renderPdf } from '../../src/documents'
import { Client } from '../../test/support/api'
import { sitePidOf, startSystem } from '../../test/support/server'
import { TOPICS } from './seed-words'

const root = path.resolve(import.meta.dirname, '../..')
const UPLOADS = Number(process.env.BENCH_UPLOADS ?? 50)
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]

/** A PDF of about 3.6 MB (under the default 4 MB limit): Thai text and a picture that does not compress. */
async function pdfUnderTheLimit(): Promise<Buffer> {
  const png = await sharp(crypto.randomBytes(1000 * 1000 * 3), { raw: { width: 1000, height: 1000, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer()
  const paragraphs = Array.from({ length: 200 }, (_, i) => `<p>${Array.from({ length: 30 }, (_, j) => TOPICS[(i * 31 + j * 7) % TOPICS.length]).join(' ')}</p>`).join('')
  return renderPdf(`<!doctype html><html lang="th"><body>${paragraphs}<img src="data:image/png;base64,${png.toString('base64')}" style="width:100%"></body></html>`)
}

execFileSync('bash', [path.join(root, 'scripts/system-packages.sh')], { stdio: 'inherit' })
const pdf = await pdfUnderTheLimit()
await closePdfRenderer()
const tooBig = crypto.randomBytes(20 * 1024 * 1024)
const system = await startSystem({ database: 'sqlite' })
try {
  const sitePid = sitePidOf(system.pid)
  const owner = await Client.signIn(system.origin, 'owner@khaosan.test') // one person's session, as from one desk
  const memory = () => ({ front: rssMb(system.pid), site: rssMb(sitePid) })
  console.log(`\nอัปโหลดพร้อมกัน ${UPLOADS} ไฟล์ · PDF ${(pdf.length / 1024 / 1024).toFixed(1)} MB และเนื้อหาเกินขนาด 20 MB · ${os.cpus().length} cores`)

  /** `UPLOADS` uploads at once, the memory sampled meanwhile. */
  async function together(label: string, bytes: Uint8Array, type: string) {
    const before = memory()
    let peak = { ...before }
    const sampler = setInterval(() => {
      const now = memory()
      peak = { front: Math.max(peak.front, now.front), site: Math.max(peak.site, now.site) }
    }, 20)
    const started = performance.now()
    const answers = await Promise.all(
      Array.from({ length: UPLOADS }, async (_, i) => {
        const began = performance.now()
        const { status } = await owner.upload(`เอกสารแนบพร้อมกัน-${i}.pdf`, bytes, type).catch(() => ({ status: 0 }))
        return { status, ms: performance.now() - began }
      }),
    )
    const total = performance.now() - started
    clearInterval(sampler)
    await new Promise((resolve) => setTimeout(resolve, 3000)) // the uploads' background work (text, checks)
    const after = memory()
    const statuses = new Map<number, number>()
    for (const { status } of answers) statuses.set(status, (statuses.get(status) ?? 0) + 1)
    const times = answers.map((a) => a.ms)
    console.log(`${label}: ${[...statuses].map(([status, n]) => `${status} × ${n}`).join(', ')} · ทั้งหมด ${(total / 1000).toFixed(1)} วินาที · p50 ${percentile(times, 50).toFixed(0)} ms · p95 ${percentile(times, 95).toFixed(0)} ms`)
    const mb = (m: { front: number; site: number }) => `${m.front.toFixed(0)} + ${m.site.toFixed(0)} = ${(m.front + m.site).toFixed(0)} MB`
    console.log(`  หน่วยความจำ (front + site): ก่อน ${mb(before)} · สูงสุด ${mb(peak)} · หลัง ${mb(after)}`)
    if (answers.some((a) => a.status >= 500 || a.status === 0)) console.log(system.log().split('\n').filter((line) => /error|ECONN|EPIPE|hang up/i.test(line)).slice(-20).join('\n'))
  }

  await together('PDF ไม่เกินขนาด', pdf, 'application/pdf')
  await together('เนื้อหาเกินขนาด 20 MB', tooBig, 'application/pdf')
} finally {
  await system.stop()
}
process.exit(0)
