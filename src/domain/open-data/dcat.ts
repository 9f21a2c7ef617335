/**
 * The agency's datasets as a DCAT catalogue in JSON-LD (DCAT-AP terms): /catalog.jsonld, paged (?page=, a
 * hydra:PartialCollectionView says where the next page is) and narrowed to what changed since a moment
 * (?modified_since=), and each dataset alone at /dataset/<id>.jsonld. Pure: the datasets and the agency are handed in.
 */
import { DATASET_TYPES, GEO_COVERAGES, LICENSES, UPDATE_FREQUENCIES, commonEraYear, datasetUuid, type Dataset, type Publisher } from './dataset'

export const CATALOG_PATH = '/catalog.jsonld'
export const CATALOG_PAGE_SIZE = 100
export const datasetJsonLdPath = (itemId: number) => `/dataset/${itemId}.jsonld`
export const DCAT_PARAMS = new Set(['page', 'modified_since'])

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  spdx: 'http://spdx.org/rdf/terms#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  hydra: 'http://www.w3.org/ns/hydra/core#',
}

const dateTime = (at: string) => ({ '@value': new Date(at).toISOString(), '@type': 'xsd:dateTime' })
const publisherNode = (publisher: Publisher) => ({ '@id': publisher.url, '@type': 'foaf:Agent', 'foaf:name': { '@value': publisher.title, '@language': 'th' } })

/** One dataset as a dcat:Dataset node (its distributions inside). */
export function dcatDataset(dataset: Dataset, publisher: Publisher) {
  const m = dataset.metadata
  const license = m.license ? { '@id': LICENSES[m.license].url } : undefined
  return {
    '@id': dataset.url,
    '@type': 'dcat:Dataset',
    'dct:identifier': datasetUuid(publisher.url, dataset.itemId),
    'dct:title': { '@value': dataset.title, '@language': 'th' },
    'dct:description': { '@value': dataset.description, '@language': 'th' },
    'dcat:keyword': dataset.tags.map((tag) => ({ '@value': tag, '@language': 'th' })),
    'dct:issued': dateTime(dataset.created),
    'dct:modified': dateTime(dataset.modified),
    'dct:publisher': publisherNode(publisher),
    'dcat:landingPage': { '@id': dataset.url },
    'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/THA' },
    ...(m.datasetType ? { 'dct:type': { '@value': DATASET_TYPES[m.datasetType], '@language': 'th' } } : {}),
    ...(m.updateFrequency ? { 'dct:accrualPeriodicity': { '@id': `http://publications.europa.eu/resource/authority/frequency/${UPDATE_FREQUENCIES[m.updateFrequency].dcat}` } } : {}),
    ...(m.geoCoverage ? { 'dct:spatial': { '@type': 'dct:Location', 'skos:prefLabel': { '@value': GEO_COVERAGES[m.geoCoverage], '@language': 'th' } } } : {}),
    ...(m.firstYear || m.lastYear
      ? {
          'dct:temporal': {
            '@type': 'dct:PeriodOfTime',
            ...(m.firstYear ? { 'dcat:startDate': { '@value': String(commonEraYear(m.firstYear)), '@type': 'xsd:gYear' } } : {}),
            ...(m.lastYear ? { 'dcat:endDate': { '@value': String(commonEraYear(m.lastYear)), '@type': 'xsd:gYear' } } : {}),
          },
        }
      : {}),
    ...(m.maintainer || m.maintainerEmail ? { 'dcat:contactPoint': { '@type': 'vcard:Kind', ...(m.maintainer ? { 'vcard:fn': m.maintainer } : {}), ...(m.maintainerEmail ? { 'vcard:hasEmail': { '@id': `mailto:${m.maintainerEmail}` } } : {}) } } : {}),
    'dct:source': { '@value': dataset.source, '@language': 'th' },
    'dcat:distribution': dataset.resources.map((resource) => ({
      '@id': `${resource.url}#distribution`,
      '@type': 'dcat:Distribution',
      'dct:title': { '@value': resource.name, '@language': 'th' },
      'dcat:downloadURL': { '@id': resource.url },
      'dcat:accessURL': { '@id': resource.url },
      'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${resource.mediaType}` },
      'dct:format': resource.format,
      'dcat:byteSize': { '@value': String(resource.size), '@type': 'xsd:nonNegativeInteger' },
      'dct:issued': dateTime(resource.created),
      'dct:modified': dateTime(resource.modified),
      ...(license ? { 'dct:license': license } : {}),
      ...(resource.sha256 ? { 'spdx:checksum': { '@type': 'spdx:Checksum', 'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256' }, 'spdx:checksumValue': { '@value': resource.sha256, '@type': 'xsd:hexBinary' } } } : {}),
    })),
  }
}

/** One dataset on its own, as /dataset/<id>.jsonld answers. */
export const dcatDatasetDocument = (dataset: Dataset, publisher: Publisher) => ({ '@context': CONTEXT, ...dcatDataset(dataset, publisher) })

export type CatalogAnswer = { status: 200; body: Record<string, unknown> } | { status: 400; message: string }

/** The catalogue page `?page=` of the datasets changed since `?modified_since=` (ISO 8601), newest first. */
export function dcatCatalog(datasets: readonly Dataset[], publisher: Publisher, query: URLSearchParams): CatalogAnswer {
  const pageText = query.get('page') ?? '1'
  if (!/^[1-9]\d{0,6}$/.test(pageText)) return { status: 400, message: `หน้า “${pageText}” ไม่ถูกต้อง ใช้เลขหน้าตั้งแต่ 1` }
  const since = query.get('modified_since')
  if (since !== null && Number.isNaN(Date.parse(since))) return { status: 400, message: `วันเวลา modified_since “${since}” ไม่ถูกต้อง ใช้รูปแบบ ISO 8601 เช่น 2026-12-01T00:00:00Z` }
  const chosen = datasets.filter((d) => since === null || Date.parse(d.modified) >= Date.parse(since)).sort((a, b) => (a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : b.itemId - a.itemId))
  const page = Number(pageText)
  const last = Math.max(1, Math.ceil(chosen.length / CATALOG_PAGE_SIZE))
  const at = (n: number) => `${publisher.url}${CATALOG_PATH}?${new URLSearchParams([...(since !== null ? [['modified_since', since]] : []), ['page', String(n)]])}`
  return {
    status: 200,
    body: {
      '@context': CONTEXT,
      '@id': `${publisher.url}${CATALOG_PATH}`,
      '@type': 'dcat:Catalog',
      'dct:title': { '@value': `ชุดข้อมูลเปิดของ${publisher.title}`, '@language': 'th' },
      'dct:description': { '@value': publisher.description, '@language': 'th' },
      'dct:publisher': publisherNode(publisher),
      'foaf:homepage': { '@id': publisher.url },
      'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/THA' },
      ...(chosen[0] ? { 'dct:modified': dateTime(chosen[0].modified) } : {}),
      'dcat:dataset': chosen.slice((page - 1) * CATALOG_PAGE_SIZE, page * CATALOG_PAGE_SIZE).map((dataset) => dcatDataset(dataset, publisher)),
      'hydra:view': {
        '@id': at(page),
        '@type': 'hydra:PartialCollectionView',
        'hydra:totalItems': { '@value': String(chosen.length), '@type': 'xsd:nonNegativeInteger' },
        'hydra:first': { '@id': at(1) },
        'hydra:last': { '@id': at(last) },
        ...(page < last ? { 'hydra:next': { '@id': at(page + 1) } } : {}),
        ...(page > 1 ? { 'hydra:previous': { '@id': at(page - 1) } } : {}),
      },
    },
  }
}
