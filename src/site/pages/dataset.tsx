/**
 * An open dataset's part of its page (C9): the catalogue's metadata, each resource with its download, format, size
 * and checksum, the first rows of a CSV or XLSX resource as a table, and where machines read the same.
 */
import { Fragment } from 'react'
import { DATASET_TYPES, DATA_CATEGORIES, GEO_COVERAGES, LICENSES, UPDATE_FREQUENCIES, datasetName } from '@/domain/open-data/dataset'
import { datasetJsonLdPath } from '@/domain/open-data/dcat'
import { formatFileSize } from '@/domain/files'
import { toThaiDigits } from '@/domain/thai/format'
import { datasetOf, previewOf, PREVIEW_ROWS } from '@/site/open-data'
import type { PublicItem } from '@/site/content'
import { day } from '@/site/components'

const frequencyText = (m: NonNullable<ReturnType<typeof datasetOf>>['metadata']) => {
  if (!m.updateFrequency) return 'ไม่ได้ระบุ'
  const unit = UPDATE_FREQUENCIES[m.updateFrequency].label
  return m.updateFrequency === 'never' || m.updateFrequency === 'realtime' ? unit : `ทุก ${m.updateInterval ?? 1} ${unit}`
}

export async function DatasetSection({ item }: { item: PublicItem }) {
  const dataset = datasetOf(item)
  if (!dataset) return null
  const m = dataset.metadata
  // One preview: the first resource that reads as a table (the same table is often given as CSV and as XLSX).
  const files = item.attachments ?? []
  let preview: { at: number; rows: string[][] } | null = null
  for (const [at, file] of files.entries()) {
    const rows = await previewOf(file)
    if (rows) {
      preview = { at, rows }
      break
    }
  }
  const rows: [string, string, string?][] = [
    ['ประเภทชุดข้อมูล', m.datasetType ? DATASET_TYPES[m.datasetType] : 'ไม่ได้ระบุ', 'data-type'],
    ['วัตถุประสงค์', m.objective || 'ไม่ได้ระบุ'],
    ['คำสำคัญ', dataset.tags.join(', ') || 'ไม่มี'],
    ['ผู้ดูแลชุดข้อมูล', [m.maintainer, m.maintainerEmail].filter(Boolean).join(' · ') || 'ไม่ได้ระบุ', 'maintainer'],
    ['ความถี่ในการปรับปรุงข้อมูล', frequencyText(m), 'frequency'],
    ['ขอบเขตเชิงภูมิศาสตร์', m.geoCoverage ? GEO_COVERAGES[m.geoCoverage] : 'ไม่ได้ระบุ'],
    ['ประเภทข้อมูล', m.dataCategory ? DATA_CATEGORIES[m.dataCategory] : 'ไม่ได้ระบุ'],
    ['สัญญาอนุญาต', m.license ? LICENSES[m.license].title : 'ไม่ได้ระบุ', 'license'],
    ['ช่วงปีของข้อมูล', m.firstYear || m.lastYear ? `พ.ศ. ${m.firstYear ?? '?'}${m.lastYear && m.lastYear !== m.firstYear ? `–${m.lastYear}` : ''}` : 'ไม่ได้ระบุ'],
  ]
  return (
    <section aria-labelledby="dataset-title" data-dataset>
      <h2 id="dataset-title">คำอธิบายชุดข้อมูล</h2>
      <dl className="meta">
        {rows.map(([label, value, field]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd data-field={field}>{value}</dd>
          </Fragment>
        ))}
      </dl>
      <h2 id="resources-title">ทรัพยากรของชุดข้อมูล</h2>
      <ul className="files" aria-labelledby="resources-title">
        {dataset.resources.map((resource, i) => {
          const table = preview?.at === i ? preview.rows : null
          return (
            <li key={resource.id} data-resource={resource.format}>
              <a href={resource.url} download>
                {resource.name}
              </a>{' '}
              <span data-field="format">{resource.format}</span>
              {' · '}
              <span>{`ขนาด ${formatFileSize(resource.size)}`}</span>
              {' · '}
              <span>{`ปรับปรุง ${day(resource.modified)}`}</span>
              {resource.sha256 ? (
                <details>
                  <summary>ค่าตรวจสอบไฟล์ (SHA-256)</summary>
                  <code className="hash">{resource.sha256}</code>
                </details>
              ) : null}
              {table ? (
                <div className="chart-scroll" role="region" aria-label={`ตัวอย่างข้อมูลจาก ${resource.name}`} tabIndex={0}>
                  <table className="data preview" data-preview>
                    <caption>{`ตัวอย่างข้อมูล ${toThaiDigits(Math.min(PREVIEW_ROWS, table.length - 1))} แถวแรก`}</caption>
                    <thead>
                      <tr>
                        {table[0]!.map((cell, c) => (
                          <th key={c} scope="col">
                            {cell}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {table.slice(1).map((row, r) => (
                        <tr key={r}>
                          {row.map((cell, c) => (
                            <td key={c}>{cell}</td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : null}
            </li>
          )
        })}
      </ul>
      <p className="muted">
        สำหรับระบบบัญชีข้อมูล: <a href={`/api/3/action/package_show?id=${datasetName(dataset.itemId)}`}>CKAN API</a> · <a href={datasetJsonLdPath(dataset.itemId)}>DCAT JSON-LD</a>
      </p>
    </section>
  )
}
