/**
 * Monitoring-round reminders (002 §4.5, SPEC §6): the job's core with an injected `now`, on Payload's local API
 * over a fresh SQLite file; in-app notifications and e-mail to a real SMTP listener; each reminder once; none
 * once the executive has acknowledged the round.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSmtp } from '../support/smtp'
import { DEMO_USERS } from '@/server/demo-accounts'

/** Every demo account that writes the report or acknowledges it: heads, division heads, webmasters, the executive. */
const REMINDED = DEMO_USERS.filter((u) => ['head', 'division-head', 'webmaster', 'executive'].includes(u.role)).length

const bangkok = (iso: string) => new Date(`${iso}T09:00:00+07:00`)

describe('monitoring-round reminders', () => {
  let payload: Payload
  let smtp: Awaited<ReturnType<typeof startSmtp>>
  let send: (payload: Payload, now: Date) => Promise<string[]>
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'khaosan-reminders-'))

  beforeAll(async () => {
    smtp = await startSmtp()
    Object.assign(process.env, {
      KHAOSAN_DATA_DIR: dataDir,
      DATABASE_URL: `file:${path.join(dataDir, 'khaosan.db')}`,
      SMTP_URL: smtp.url,
      PAYLOAD_SECRET: 'reminders-test',
      KHAOSAN_PUBLIC_URL: 'http://127.0.0.1:9',
    })
    const { getPayload } = await import('payload')
    const { default: config } = await import('@/payload.config')
    payload = await getPayload({ config })
    send = (await import('@/jobs/monitoring-reminders')).sendMonitoringReminders
  })
  afterAll(async () => {
    await payload?.destroy()
    await smtp?.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  const notices = async (kind: string) =>
    (await payload.find({ collection: 'notifications', where: { kind: { equals: kind } }, overrideAccess: true, depth: 0, limit: 0, pagination: false })).docs

  it('reminds heads, webmasters and the executive before the due date, each reminder once', async () => {
    expect(await send(payload, bangkok('2026-01-10'))).toEqual([]) // 49 days before 28 Feb 2569
    // The year's review of the measure is due on the first round's due day too (003 §4.3): reminded a month before.
    expect(await send(payload, bangkok('2026-02-16'))).toEqual(['2569-6-before-14', 'review-2569-before'])
    expect(await send(payload, bangkok('2026-02-17'))).toEqual([])
    const before = await notices('monitoring-before')
    expect(before).toHaveLength(REMINDED)
    expect(before[0].title).toContain('ใกล้ครบกำหนดส่ง')
    expect(before[0].message).toContain('/api/monitoring-reports/2569/6?format=pdf')
    await smtp.waitFor('executive@khaosan.test', 'และเสนอผู้บริหารเพื่อรับทราบ')
    await smtp.waitFor('head@khaosan.test', 'ภายในวันที่ 28 กุมภาพันธ์ 2569')
    expect(await send(payload, bangkok('2026-02-26'))).toEqual(['2569-6-before-3'])
    const review = await notices('rule-review')
    expect(review).toHaveLength(DEMO_USERS.filter((u) => ['webmaster', 'executive'].includes(u.role)).length)
    expect(review[0].title).toBe('ทบทวนมาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ ปีงบประมาณ 2569')
  })

  it('reminds once when the report is overdue', async () => {
    expect(await send(payload, bangkok('2026-03-02'))).toEqual(['2569-6-overdue', 'review-2569-overdue'])
    expect(await send(payload, bangkok('2026-03-09'))).toEqual([])
    const overdue = await notices('monitoring-overdue')
    expect(overdue).toHaveLength(REMINDED)
    expect(overdue[0].message).toContain('เลยกำหนดมาแล้ว 2 วัน')
    await smtp.waitFor('webmaster2@khaosan.test', 'ขณะนี้เลยกำหนดมาแล้ว 2 วัน')
  })

  it('stops once the executive has acknowledged the round; the due dates come from the settings', async () => {
    await payload.updateGlobal({ slug: 'settings', data: { monitoring: { round12DueDay: 15, round12DueMonth: '8' } } as never, overrideAccess: true })
    expect(await send(payload, bangkok('2026-07-20'))).toEqual([]) // 26 days before 15 Aug
    expect(await send(payload, bangkok('2026-08-03'))).toEqual(['2569-12-before-14'])
    const executive = (await payload.find({ collection: 'users', where: { role: { equals: 'executive' } }, overrideAccess: true, limit: 1 })).docs[0]
    await payload.create({
      collection: 'monitoring-acknowledgements',
      overrideAccess: true,
      data: { fiscalYear: 2569, round: '12', by: executive.id, byName: executive.name, at: bangkok('2026-08-05').toISOString() },
    })
    expect(await send(payload, bangkok('2026-08-13'))).toEqual([]) // would be the 3-day reminder
    expect(await send(payload, bangkok('2026-08-20'))).toEqual([]) // and then overdue
  })
})
