/**
 * The agency's open data (C9) as the catalogue offers it: the datasets on the public site now whose data is public
 * (src/domain/open-data), answered at the CKAN action API (/api/3/action/…) and as DCAT JSON-LD (/catalog.jsonld,
 * /dataset/<id>.jsonld) — kept by the front server like pages, dropped when public content changes — and the first
 * rows of a CSV or XLSX resource for the dataset's page.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import type { Worksheet } from 'exceljs'
import { CATEGORY } from '@/domain/categories'
import { ckanAction } from '@/domain/open-data/ckan'
import { CATALOG_PATH, dcatCatalog, dcatDatasetDocument } from '@/domain/open-data/dcat'
import { isExposed, previewable, resourceFormat, type Dataset, type DatasetMetadata, type Publisher } from '@/domain/open-data/dataset'
import { CKAN_PREFIX } from '@/domain/site/page-cache'
import { publicOrigin, uploadsDir } from '@/server/environment'
import { fileUrl } from './components'
import { categoryByCode, firstPublication, publicItems, siteSettings, type PublicAttachment, type PublicItem } from './content'
import { sharedUntilChange } from './public-cache'

const PAGE = 500

/** The catalogue's metadata of an item, as the domain reads it (empty values as absent). */
export const metadataOf = (item: Pick<PublicItem, 'dataset'>): DatasetMetadata => {
  const d = item.dataset ?? {}
  return { ...d, updateInterval: d.updateInterval ?? null, firstYear: d.firstYear ?? null, lastYear: d.lastYear ?? null }
}

/** An item of C9 as a dataset, or null when it is not one to expose. */
export function datasetOf(item: PublicItem, origin = publicOrigin()): Dataset | null {
  const metadata = metadataOf(item)
  if (item.category.code !== CATEGORY.openData || !isExposed(metadata)) return null
  const modified = item.lastModifiedAt ?? item.publishedAt ?? new Date(0).toISOString()
  return {
    itemId: item.itemId ?? item.id,
    title: item.title,
    description: item.summary,
    tags: item.tags ?? [],
    source: item.sourceOwner,
    metadata,
    url: `${origin}${item.publicPath}`,
    created: item.publishedAt ?? modified,
    modified,
    resources: (item.attachments ?? []).map((file) => ({
      id: file.id,
      name: file.title || file.filename,
      filename: file.filename,
      ...resourceFormat(file.filename, file.mimeType),
      size: file.filesize,
      sha256: file.sha256 ?? null,
      created: file.createdAt ?? modified,
      modified: file.createdAt ?? modified, // files are never changed: a new version is a new file
      url: `${origin}${fileUrl(file)}`,
    })),
  }
}

/** Every exposed dataset on the public site now (read once per change of public content). */
export const publicDatasets = (): Promise<Dataset[]> =>
  sharedUntilChange('open-datasets', async () => {
    const category = await categoryByCode(CATEGORY.openData)
    if (!category) return []
    const datasets: Dataset[] = []
    for (let page = 1; ; page++) {
      const { docs, totalPages } = await publicItems({ categoryId: category.id, limit: PAGE, page })
      datasets.push(...docs.flatMap((item) => datasetOf(item) ?? []))
      if (page >= totalPages) return datasets
    }
  })

/** The agency as the catalogue names it: CKAN's organization, DCAT's publisher. */
async function publisher(): Promise<Publisher> {
  const origin = publicOrigin()
  const settings = await siteSettings()
  const category = await categoryByCode(CATEGORY.openData)
  const first = category ? await firstPublication(category.id) : null
  return {
    name: new URL(origin).hostname.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    title: settings.agencyName,
    description: `ชุดข้อมูลเปิดภาครัฐของ${settings.agencyName} เผยแพร่ผ่านระบบข่าวสาร`,
    url: origin,
    email: null,
    created: (first ?? new Date(0)).toISOString(),
  }
}

export interface OpenDataAnswer {
  status: number
  contentType: string
  body: string
}

const JSON_TYPE = 'application/json; charset=utf-8'
const JSON_LD = 'application/ld+json; charset=utf-8'
const DATASET_DOCUMENT = /^\/dataset\/(\d{1,12})\.jsonld$/

/** The catalogue's answer at an address (path and query), or null when the address is not the catalogue's. */
export async function openDataAnswer(pathname: string, query: URLSearchParams): Promise<OpenDataAnswer | null> {
  const dataset = DATASET_DOCUMENT.exec(pathname)
  if (!pathname.startsWith(CKAN_PREFIX) && pathname !== CATALOG_PATH && !dataset) return null
  const [datasets, agency] = await Promise.all([publicDatasets(), publisher()])
  if (pathname.startsWith(CKAN_PREFIX)) {
    const answer = ckanAction(pathname.slice(CKAN_PREFIX.length), query, datasets, agency)
    return { status: answer.status, contentType: JSON_TYPE, body: JSON.stringify(answer.body) }
  }
  if (dataset) {
    const found = datasets.find((d) => d.itemId === Number(dataset[1]))
    return found ? { status: 200, contentType: JSON_LD, body: JSON.stringify(dcatDatasetDocument(found, agency)) } : { status: 404, contentType: JSON_TYPE, body: JSON.stringify({ error: 'ไม่พบชุดข้อมูลนี้' }) }
  }
  const catalog = dcatCatalog(datasets, agency, query)
  return catalog.status === 200 ? { status: 200, contentType: JSON_LD, body: JSON.stringify(catalog.body) } : { status: 400, contentType: JSON_TYPE, body: JSON.stringify({ error: catalog.message }) }
}

export const PREVIEW_ROWS = 10
const PREVIEW_COLUMNS = 12

/** A CSV's text: UTF-8 (with or without its mark), or Thai Windows (TIS-620 / Windows-874) as Excel saves it. */
function csvText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return new TextDecoder('windows-874').decode(bytes)
  }
}

/** The first rows of a CSV or XLSX resource (its first sheet), as text; null when it cannot be read. */
export async function previewOf(file: PublicAttachment): Promise<string[][] | null> {
  if (!previewable(resourceFormat(file.filename, file.mimeType))) return null
  const where = path.join(uploadsDir(), path.basename(file.filename))
  try {
    // ExcelJS is loaded with the first preview (12 MB the site process need not hold until a dataset page is rendered).
    const { default: ExcelJS } = await import('exceljs')
    const workbook = new ExcelJS.Workbook()
    let sheet: Worksheet | undefined
    if (resourceFormat(file.filename, file.mimeType).format === 'CSV') sheet = await workbook.csv.read(Readable.from([csvText(await fs.readFile(where))]))
    else {
      await workbook.xlsx.readFile(where)
      sheet = workbook.worksheets[0]
    }
    if (!sheet) return null
    const rows: string[][] = []
    sheet.eachRow({ includeEmpty: false }, (row) => {
      if (rows.length >= PREVIEW_ROWS + 1) return
      const cells: string[] = []
      for (let c = 1; c <= Math.min(sheet.columnCount, PREVIEW_COLUMNS); c++) cells.push(row.getCell(c).text)
      rows.push(cells)
    })
    return rows.length ? rows : null
  } catch {
    return null
  }
}
