import { describe, expect, it } from 'vitest'
import jsonld from 'jsonld'
import { ckanAction, packageOf } from './ckan'
import { dcatCatalog, dcatDatasetDocument } from './dcat'
import { datasetUuid, isExposed, missingMetadata, resourceFormat, type Dataset, type Publisher } from './dataset'

const publisher: Publisher = { name: 'bansuan', title: 'เทศบาลตำบลบ้านสวน', description: 'ชุดข้อมูลเปิด', url: 'https://bansuan.go.th', email: 'saraban@bansuan.go.th', created: '2026-01-01T00:00:00.000Z' }
const dataset = (itemId: number, title: string, modified: string, tags: string[], format = 'CSV'): Dataset => ({
  itemId,
  title,
  description: `คำอธิบาย${title}`,
  tags,
  source: 'กองคลัง',
  url: `https://bansuan.go.th/open-data/${itemId}`,
  created: '2026-10-01T00:00:00.000Z',
  modified,
  metadata: { datasetType: 'statistics', objective: 'ภารกิจหลักของหน่วยงาน', maintainer: 'กองคลัง', maintainerEmail: 'finance@bansuan.go.th', updateFrequency: 'year', updateInterval: 1, geoCoverage: 'local', dataCategory: 'public', license: 'Open-Data-Common', firstYear: 2567, lastYear: 2569 },
  resources: [{ id: itemId * 10, name: `${title}.${format.toLowerCase()}`, filename: `data.${format.toLowerCase()}`, format, mediaType: format === 'CSV' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', size: 1234, sha256: 'ab'.repeat(32), created: modified, modified, url: `https://bansuan.go.th/files/${itemId * 10}/data.csv` }],
})
const datasets = [dataset(1, 'งบประมาณรายจ่ายจำแนกตามแผนงาน', '2026-11-01T00:00:00.000Z', ['งบประมาณ']), dataset(2, 'สถิติเรื่องร้องเรียน', '2026-12-01T00:00:00.000Z', ['ร้องเรียน', 'สถิติ'], 'XLSX'), dataset(3, 'จุดบริการ อสม.', '2026-10-15T00:00:00.000Z', ['สาธารณสุข'])]
const q = (params: Record<string, string> = {}) => new URLSearchParams(params)

describe('the rules of a dataset', () => {
  it('asks for the catalogue’s metadata, and publishes public data only', () => {
    expect(missingMetadata({})).toContain('ประเภทชุดข้อมูล')
    expect(missingMetadata({ ...datasets[0]!.metadata, dataCategory: 'personal' })).toContain('ข้อมูลส่วนบุคคล')
    expect(missingMetadata(datasets[0]!.metadata)).toBeNull()
    expect(isExposed({ dataCategory: 'internal' })).toBe(false)
  })
  it('names formats and gives lasting identifiers that differ between agencies', () => {
    expect(resourceFormat('งบ.xlsx', '')).toMatchObject({ format: 'XLSX' })
    expect(resourceFormat('points.kml', '')).toEqual({ format: 'KML', mediaType: 'application/vnd.google-earth.kml+xml' })
    expect(datasetUuid('https://bansuan.go.th', 1)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(datasetUuid('https://bansuan.go.th', 1)).not.toBe(datasetUuid('https://nongbua.go.th', 1))
  })
})

describe('the CKAN action API', () => {
  it('lists, then shows each, as a harvester asks, in CKAN’s envelope with GD-Catalog’s extras', () => {
    const list = ckanAction('package_list', q(), datasets, publisher)
    expect(list.body).toMatchObject({ success: true, result: ['dataset-2', 'dataset-1', 'dataset-3'] })
    const shown = ckanAction('package_show', q({ id: 'dataset-1' }), datasets, publisher)
    expect(shown.status).toBe(200)
    expect(shown.body.help).toBe('https://bansuan.go.th/api/3/action/help_show?name=package_show')
    const pkg = shown.body.result as ReturnType<typeof packageOf>
    expect(pkg).toMatchObject({ name: 'dataset-1', title: 'งบประมาณรายจ่ายจำแนกตามแผนงาน', license_id: 'Open-Data-Common', maintainer_email: 'finance@bansuan.go.th', num_resources: 1, organization: { name: 'bansuan' } })
    expect(pkg.resources[0]).toMatchObject({ format: 'CSV', mimetype: 'text/csv', size: 1234, hash: `sha256:${'ab'.repeat(32)}` })
    expect(Object.fromEntries(pkg.extras.map((e) => [e.key, e.value]))).toMatchObject({ data_type: 'ข้อมูลสถิติ', update_frequency_unit: 'ปี', update_frequency_interval: '1', geo_coverage: 'เขตองค์กรปกครองส่วนท้องถิ่น', data_category: 'ข้อมูลสาธารณะ', first_year_of_data: '2567' })
    expect(ckanAction('package_show', q({ id: pkg.id }), datasets, publisher).status).toBe(200)
  })
  it('searches with q, fq, rows, start and sort', () => {
    const search = (params: Record<string, string>) => ckanAction('package_search', q(params), datasets, publisher).body.result as { count: number; results: { name: string }[] }
    expect(search({ q: 'ร้องเรียน' })).toMatchObject({ count: 1, results: [{ name: 'dataset-2' }] })
    expect(search({ fq: 'res_format:CSV' }).count).toBe(2)
    expect(search({ fq: 'tags:"สาธารณสุข" +res_format:csv' }).results.map((r) => r.name)).toEqual(['dataset-3'])
    expect(search({ sort: 'metadata_modified asc', rows: '2' }).results.map((r) => r.name)).toEqual(['dataset-3', 'dataset-1'])
    expect(search({ sort: 'metadata_modified asc', rows: '2', start: '2' }).results.map((r) => r.name)).toEqual(['dataset-2'])
    expect(search({ rows: '5000' }).count).toBe(3)
  })
  it('answers CKAN’s errors: 409 for a bad parameter, 404 for what is not there, 400 for an unknown action', () => {
    expect(ckanAction('package_search', q({ rows: '-1' }), datasets, publisher)).toMatchObject({ status: 409, body: { success: false, error: { __type: 'Validation Error' } } })
    expect(ckanAction('package_search', q({ sort: 'nonsense asc' }), datasets, publisher).status).toBe(409)
    expect(ckanAction('package_show', q({ id: 'nothing' }), datasets, publisher)).toMatchObject({ status: 404, body: { error: { __type: 'Not Found Error' } } })
    expect(ckanAction('package_delete', q(), datasets, publisher).status).toBe(400)
  })
  it('shows the organization and the licences', () => {
    expect(ckanAction('organization_list', q(), datasets, publisher).body.result).toEqual(['bansuan'])
    expect(ckanAction('organization_show', q({ id: 'bansuan' }), datasets, publisher).body.result).toMatchObject({ title: 'เทศบาลตำบลบ้านสวน', package_count: 3 })
    expect((ckanAction('license_list', q(), datasets, publisher).body.result as { id: string }[]).map((l) => l.id)).toContain('cc-by')
  })
})

describe('the DCAT catalogue', () => {
  it('reads, expanded by a JSON-LD processor, as dcat:Catalog with datasets and their distributions', async () => {
    const answer = dcatCatalog(datasets, publisher, q())
    if (answer.status !== 200) throw new Error(answer.message)
    const expanded = await jsonld.expand(answer.body as jsonld.JsonLdDocument)
    const DCAT = 'http://www.w3.org/ns/dcat#'
    const catalog = expanded[0] as Record<string, any>
    expect(catalog['@type']).toEqual([`${DCAT}Catalog`])
    const found = catalog[`${DCAT}dataset`] as Record<string, any>[]
    expect(found).toHaveLength(3)
    expect(found[0]['http://purl.org/dc/terms/title'][0]['@value']).toBe('สถิติเรื่องร้องเรียน')
    const distribution = found[0][`${DCAT}distribution`][0]
    expect(distribution[`${DCAT}downloadURL`][0]['@id']).toBe('https://bansuan.go.th/files/20/data.csv')
    expect(distribution[`${DCAT}mediaType`][0]['@id']).toContain('spreadsheetml')
  })
  it('pages, and narrows to what changed since a moment', () => {
    const since = dcatCatalog(datasets, publisher, q({ modified_since: '2026-10-20T00:00:00Z' }))
    expect(since.status === 200 && (since.body['dcat:dataset'] as unknown[]).length).toBe(2)
    const second = dcatCatalog(datasets, publisher, q({ page: '2' }))
    expect(second.status === 200 && (second.body['dcat:dataset'] as unknown[]).length).toBe(0)
    expect(dcatCatalog(datasets, publisher, q({ page: 'x' })).status).toBe(400)
    expect(dcatCatalog(datasets, publisher, q({ modified_since: 'yesterday' })).status).toBe(400)
  })
  it('gives one dataset alone with its context', async () => {
    const [node] = (await jsonld.expand(dcatDatasetDocument(datasets[0]!, publisher) as jsonld.JsonLdDocument)) as Record<string, any>[]
    expect(node['@type']).toEqual(['http://www.w3.org/ns/dcat#Dataset'])
    expect(node['http://purl.org/dc/terms/accrualPeriodicity'][0]['@id']).toBe('http://publications.europa.eu/resource/authority/frequency/ANNUAL')
  })
})
