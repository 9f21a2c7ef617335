/**
 * Open data (C9) through the real system, on SQLite and PostgreSQL, read as data.go.th's harvester reads it: the
 * CKAN action API (list, then show each; search; the organization and licences; CKAN's errors), the DCAT catalogue
 * read by a real JSON-LD processor, each resource downloadable with the size and SHA-256 the catalogue states, the
 * dataset page with its metadata, its preview table and its JSON-LD advertised; a dataset that lacks the
 * catalogue's metadata or is not public data is refused by the workflow, and the catalogue changes once one is
 * published.
 */
import { createHash } from 'node:crypto'
import jsonld from 'jsonld'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Client } from '../support/api'
import { startSystem, type DatabaseKind, type RunningSystem } from '../support/server'

const DATABASES: DatabaseKind[] = (process.env.KHAOSAN_TEST_DATABASES?.split(',') as DatabaseKind[]) ?? ['sqlite', 'postgres']
const DCAT = 'http://www.w3.org/ns/dcat#'
const DCT = 'http://purl.org/dc/terms/'
const THAI = /[\u0E00-\u0E7F]/

describe.each(DATABASES)('open data on %s', (database) => {
  let system: RunningSystem
  const ckan = async (action: string, params: Record<string, string> = {}) => {
    const response = await fetch(`${system.origin}/api/3/action/${action}?${new URLSearchParams(params)}`)
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: (await response.json()) as { help: string; success: boolean; result: any; error?: any } }
  }
  beforeAll(async () => {
    system = await startSystem({ database })
  })
  afterAll(() => system?.stop())

  it('is harvested as a CKAN harvester does: the list, then each dataset with its resources, downloadable as stated', async () => {
    expect((await ckan('status_show')).body.result).toMatchObject({ site_url: system.origin, locale_default: 'th' })
    const list = await ckan('package_list')
    expect(list.type).toContain('application/json')
    expect(list.body).toMatchObject({ success: true, help: expect.stringContaining('/api/3/action/help_show?name=package_list') })
    expect(list.body.result.length).toBeGreaterThanOrEqual(3)
    let formats = new Set<string>()
    for (const name of list.body.result as string[]) {
      const shown = await ckan('package_show', { id: name })
      expect(shown.status, name).toBe(200)
      const pkg = shown.body.result
      expect(pkg).toMatchObject({ name, state: 'active', private: false, title: expect.stringMatching(THAI), notes: expect.stringMatching(THAI), organization: { is_organization: true } })
      expect(pkg.maintainer_email).toMatch(/@/)
      const extras = Object.fromEntries(pkg.extras.map((e: { key: string; value: string }) => [e.key, e.value]))
      expect(extras).toMatchObject({ data_category: 'ข้อมูลสาธารณะ', data_type: expect.stringMatching(THAI), update_frequency_unit: expect.stringMatching(THAI), geo_coverage: expect.stringMatching(THAI) })
      for (const resource of pkg.resources) {
        formats.add(resource.format)
        const file = await fetch(resource.url.replace(/^https?:\/\/[^/]+/, system.origin))
        expect(file.status, resource.url).toBe(200)
        const bytes = Buffer.from(await file.arrayBuffer())
        expect(bytes.length).toBe(resource.size)
        expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`).toBe(resource.hash)
      }
      expect((await ckan('package_show', { id: pkg.id })).body.result.name).toBe(name)
    }
    expect([...formats]).toEqual(expect.arrayContaining(['CSV', 'XLSX']))
    const withResources = await ckan('current_package_list_with_resources', { limit: '2' })
    expect(withResources.body.result).toHaveLength(2)
  })

  it('searches with q, fq, rows, start and sort, and answers CKAN’s errors', async () => {
    const all = (await ckan('package_search', { rows: '1000' })).body.result
    expect(all.count).toBeGreaterThanOrEqual(3)
    const budget = (await ckan('package_search', { q: 'งบประมาณ' })).body.result
    expect(budget.results[0].title).toContain('งบประมาณ')
    const csv = (await ckan('package_search', { fq: 'res_format:CSV', sort: 'metadata_modified asc', rows: '1', start: '1' })).body.result
    expect(csv.results).toHaveLength(1)
    expect(csv.count).toBe(all.count)
    expect((await ckan('package_search', { fq: 'tags:"อสม."' })).body.result.count).toBe(1)
    const badRows = await ckan('package_search', { rows: 'many' })
    expect(badRows.status).toBe(409)
    expect(badRows.body).toMatchObject({ success: false, error: { __type: 'Validation Error' } })
    expect((await ckan('package_show', { id: 'no-such-dataset' })).status).toBe(404)
    expect((await ckan('package_create')).status).toBe(400)
    const organizations = (await ckan('organization_list')).body.result as string[]
    expect((await ckan('organization_show', { id: organizations[0]! })).body.result).toMatchObject({ title: expect.stringMatching(THAI), package_count: all.count })
    expect((await ckan('license_list')).body.result.map((l: { id: string }) => l.id)).toEqual(expect.arrayContaining(['Open-Data-Common', 'cc-by']))
  })

  it('offers a DCAT catalogue a JSON-LD processor reads, paged and by date, and each dataset alone', async () => {
    const response = await fetch(`${system.origin}/catalog.jsonld`)
    expect(response.headers.get('content-type')).toContain('application/ld+json')
    const [catalog] = (await jsonld.expand(await response.json())) as Record<string, any>[]
    expect(catalog['@type']).toEqual([`${DCAT}Catalog`])
    const datasets = catalog[`${DCAT}dataset`] as Record<string, any>[]
    expect(datasets.length).toBeGreaterThanOrEqual(3)
    for (const dataset of datasets) {
      expect(dataset['@type']).toEqual([`${DCAT}Dataset`])
      expect(dataset[`${DCT}title`][0]['@value']).toMatch(THAI)
      const distributions = dataset[`${DCAT}distribution`] as Record<string, any>[]
      expect(distributions.length).toBeGreaterThanOrEqual(2)
      expect(distributions[0]![`${DCAT}downloadURL`][0]['@id']).toMatch(/\/files\/\d+\//)
    }
    const future = await (await fetch(`${system.origin}/catalog.jsonld?modified_since=2999-01-01T00:00:00Z`)).json()
    expect(future['dcat:dataset']).toEqual([])
    expect((await fetch(`${system.origin}/catalog.jsonld?page=0`)).status).toBe(400)
    const id = Number(String(datasets[0]!['@id']).split('/').pop())
    const [alone] = (await jsonld.expand(await (await fetch(`${system.origin}/dataset/${id}.jsonld`)).json())) as Record<string, any>[]
    expect(alone['@type']).toEqual([`${DCAT}Dataset`])
    expect((await fetch(`${system.origin}/dataset/999999.jsonld`)).status).toBe(404)
  })

  it('shows the dataset page with its metadata, a preview of the first rows and its JSON-LD advertised', async () => {
    const pkg = (await ckan('package_search', { q: 'อสม' })).body.result.results[0]
    const page = await (await fetch(pkg.url.replace(/^https?:\/\/[^/]+/, system.origin))).text()
    expect(page).toMatch(/<link rel="alternate" type="application\/ld\+json"[^>]*href="[^"]*\/dataset\/\d+\.jsonld"/)
    expect(page).toContain('คำอธิบายชุดข้อมูล')
    expect(page).toContain('ข้อมูลภูมิสารสนเทศเชิงพื้นที่')
    expect(page).toMatch(/<table class="data preview"[^>]*>[\s\S]*?<th scope="col">หมู่ที่<\/th>[\s\S]*?<td>ศาลาประชาคมหมู่ 1<\/td>/)
  })

  it('refuses a dataset without the catalogue’s metadata or of data that is not public, and catalogues one once published', async () => {
    const [owner, head, webmaster] = await Promise.all(['owner', 'head', 'webmaster2'].map((who) => Client.signIn(system.origin, `${who}@khaosan.test`)))
    const categories = (await owner.get('/api/categories?limit=100')).json.docs as { id: number; code: string }[]
    const c9 = categories.find((c) => c.code === 'C9')!.id
    const csv = await owner.upload('จุดติดตั้งกล้อง.csv', new TextEncoder().encode('จุดที่,ถนน\n1,ถนนสายหลัก\n'), 'text/csv', { title: 'จุดติดตั้งกล้องวงจรปิด' })
    expect(csv.status, JSON.stringify(csv.json)).toBe(201)
    const base = { title: 'จุดติดตั้งกล้องวงจรปิด', summary: 'ตำแหน่งกล้องวงจรปิดของเทศบาล', category: c9, sourceOwner: 'สำนักปลัด', coverageFrom: '2026-10-01T00:00:00.000Z', coverageTo: '2026-12-31T00:00:00.000Z', channel: 'letter', attachments: [csv.json.doc.id] }
    const bare = await owner.post('/api/publish-requests', base)
    expect(bare.status).toBe(400)
    expect(bare.text).toContain('ชุดข้อมูลเปิดต้องระบุ')
    const metadata = { datasetType: 'gis', maintainer: 'สำนักปลัด', maintainerEmail: 'saraban@example.go.th', updateFrequency: 'year', geoCoverage: 'local', license: 'cc-by' }
    const personal = await owner.post('/api/publish-requests', { ...base, dataset: { ...metadata, dataCategory: 'personal' } })
    expect(personal.status).toBe(400)
    expect(personal.text).toContain('ข้อมูลสาธารณะ')
    const before = (await ckan('package_list')).body.result.length
    const created = await owner.post('/api/publish-requests', { ...base, dataset: { ...metadata, dataCategory: 'public' } })
    expect(created.status, created.text).toBe(201)
    expect((await head.transition(created.json.doc.id, 'approve')).status).toBe(200)
    expect((await webmaster.transition(created.json.doc.id, 'publish')).status).toBe(200)
    let after = before
    for (let tries = 0; tries < 50 && after === before; tries++) {
      await new Promise((r) => setTimeout(r, 100))
      after = (await ckan('package_list')).body.result.length
    }
    expect(after).toBe(before + 1)
    expect((await ckan('package_search', { q: 'กล้องวงจรปิด' })).body.result.results[0]).toMatchObject({ license_id: 'cc-by', resources: [{ format: 'CSV' }] })
  })
})
