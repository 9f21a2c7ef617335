/**
 * The demo municipality as an assessor would check it: every indicator of the sets a local government is
 * assessed on (ITA, GWS, OIA — not MOPH's MOIT) is met, or is missing or stale for a reason that is true of the
 * demo and written here; the agency's own pages count as evidence, linking to their sections; and the public
 * /ita page lists every indicator with its evidence. SQLite only: the check is the same SQL on both databases,
 * which test/integration/monitoring.test.ts runs on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fiscalYearOf } from '@/domain/thai/calendar'
import type { IndicatorResult } from '@/domain/compliance'
import { Client } from '../support/api'
import { startSystem, type RunningSystem } from '../support/server'

const NOTHING_YET = 'the demo publishes no item of this kind'

/** What the demo does not have, and why that is the truth about the demo: every other indicator is met. */
const NOT_MET: Record<string, Record<string, string>> = {
  ita: {
    O13: NOTHING_YET, O14: NOTHING_YET, O15: NOTHING_YET, O20: NOTHING_YET,
    O21: NOTHING_YET, O22: NOTHING_YET, O23: NOTHING_YET, O24: NOTHING_YET, O25: NOTHING_YET, O26: NOTHING_YET,
  },
  gws: {
    GWS12: `${NOTHING_YET}: no social-media link item`,
    GWS33: `${NOTHING_YET}: a municipality signs no performance agreement (คำรับรองการปฏิบัติราชการ) in the demo`,
  },
  oia: {
    'S9-1': NOTHING_YET, 'S9-2': NOTHING_YET, 'S9-5': NOTHING_YET, 'S9-6': NOTHING_YET, 'S9-7': NOTHING_YET,
  },
}

describe('the demo agency: no false result', () => {
  let system: RunningSystem
  let webmaster: Client
  const fiscalYear = fiscalYearOf(new Date())
  beforeAll(async () => {
    system = await startSystem({ database: 'sqlite' })
    webmaster = await Client.signIn(system.origin, 'webmaster1@khaosan.test')
  })
  afterAll(async () => {
    await system?.stop()
  })

  const check = async (set: string): Promise<IndicatorResult[]> => {
    const response = await webmaster.get(`/api/compliance/${set}/${fiscalYear}`)
    expect(response.status, response.text).toBe(200)
    return response.json.indicators
  }

  it('shows every missing or stale indicator for a reason true of the demo', async () => {
    for (const [set, expected] of Object.entries(NOT_MET)) {
      const notMet = (await check(set)).filter((r) => r.status === 'missing' || r.status === 'stale')
      expect(notMet.map((r) => r.code), set).toEqual(Object.keys(expected))
      // Each is missing because nothing of its kind is published: the reason says so, naming the category.
      for (const r of notMet) expect(`${r.code} ${r.status} ${r.reason}`).toMatch(/missing ยังไม่มีรายการที่เผยแพร่ในหมวด “/)
    }
  })

  it("counts the agency's own pages, linking to their sections, and leaves the placeholders to the agency", async () => {
    const ita = new Map((await check('ita')).map((r) => [r.code, r]))
    expect(ita.get('O1')?.status).toBe('met')
    expect(ita.get('O1')?.evidence.map((e) => e.url)).toEqual(expect.arrayContaining([`${system.origin}/agency#structure`, `${system.origin}/agency#authority`]))
    expect(ita.get('O3')?.evidence.map((e) => e.url)).toContain(`${system.origin}/agency#contact`)
    expect(ita.get('O5')?.evidence.map((e) => e.url)).toContain(`${system.origin}/agency#strategy`)
    expect(['O2', 'O6', 'O7'].map((code) => ita.get(code)?.status)).toEqual(['unspecified', 'unspecified', 'unspecified'])
    const gws = new Map((await check('gws')).map((r) => [r.code, r]))
    expect(gws.get('GWS25')?.evidence.map((e) => e.url)).toEqual([`${system.origin}/sitemap`])
    expect(gws.get('GWS18')?.evidence.map((e) => e.url)).toContain(`${system.origin}/policies/privacy`)
    // The survey in every page's footer and its results, the demo's e-forms, the e-mail alerts: pages the site makes.
    expect(gws.get('GWS11')?.evidence.map((e) => e.url)).toContain(`${system.origin}/statistics#satisfaction`)
    expect(gws.get('GWS14')?.evidence.map((e) => e.url)).toContain(`${system.origin}/forms`)
    expect(gws.get('GWS38')?.evidence.map((e) => e.url)).toEqual([`${system.origin}/alerts`])
  })

  it('lists every ITA indicator for the assessors on /ita, with its evidence or "not yet published"', async () => {
    const page = await fetch(`${system.origin}/ita`)
    expect(page.status).toBe(200)
    const html = await page.text()
    for (const code of ['O1', 'O2', 'O10', 'O26']) expect(html).toContain(`id="${code}"`)
    expect(html).toContain('href="' + `${system.origin}/agency#structure` + '"')
    const o10 = html.slice(html.indexOf('id="O10"'), html.indexOf('id="O11"'))
    expect(o10).toContain(`${system.origin}/information-request`) // the e-Service
    const o13 = html.slice(html.indexOf('id="O13"'), html.indexOf('id="O14"'))
    expect(o13).toContain('ยังไม่ได้เผยแพร่')
    // A placeholder of the set (O2) is not shown to the assessors with the title that asks the agency to fill it in.
    const o2 = html.slice(html.indexOf('id="O2"'), html.indexOf('id="O3"'))
    expect(o2).toContain('หน่วยงานอยู่ระหว่างกำหนดรายละเอียดของตัวชี้วัดนี้')
    expect(o2).not.toContain('หน่วยงานกรอกเอง')
    expect((await fetch(`${system.origin}/ita/${fiscalYear - 1}`)).status).toBe(200)
    expect((await fetch(`${system.origin}/ita/2400`)).status).toBe(404)
    const sitemap = await (await fetch(`${system.origin}/sitemap.xml`)).text()
    const siteMap = await (await fetch(`${system.origin}/sitemap`)).text()
    for (const year of [fiscalYear, fiscalYear - 1]) {
      expect(sitemap).toContain(`${system.origin}/ita/${year}</loc>`)
      expect(siteMap).toContain(`href="/ita/${year}"`)
    }
    for (const path of ['/ita', '/information-request', '/complaints/guideline', '/complaints/statistics', '/questions', '/alerts']) expect(sitemap).toContain(`${system.origin}${path}</loc>`)
    expect(sitemap.match(new RegExp(`${system.origin}/complaints</loc>`, 'g'))).toHaveLength(1) // C19's page is also the channel's
  })

  it('dates every demo item as it happened: submitted, then approved, then published, in its history and its dates', async () => {
    const { docs } = (await webmaster.get('/api/publish-requests?where[state][equals]=published&limit=200&depth=0')).json
    expect(docs.length).toBeGreaterThan(40)
    for (const item of docs) {
      const when = (action: string) => new Date(item.history.find((h: { action: string }) => h.action === action)?.at ?? NaN).getTime()
      expect(when('submit'), item.title).toBeLessThan(when('approve'))
      expect(when('approve'), item.title).toBeLessThan(when('publish'))
      expect(new Date(item.submittedAt).getTime(), item.title).toBe(when('submit'))
      expect(new Date(item.submittedAt).getTime(), item.title).toBeLessThanOrEqual(new Date(item.publishedAt).getTime())
    }
  })
})
