/**
 * The Versions tab of an agency page (ข้อมูลหน่วยงาน, ข้อมูล CIO) in place of Payload's, which dates versions in the
 * Gregorian calendar and restores any of them at a click: each version with its time in the Buddhist era (Bangkok
 * time), whether it is the page on the site now, an earlier one or a draft, who proposed it and what it changed; and
 * one version beside the page as it is on the site. An earlier text comes back the way every change does — edited
 * into a draft and approved — so no version reaches the site past its approver.
 */
import type { DocumentViewServerProps, TypeWithVersion } from 'payload'
import type { AgencyProfile, CioProfile } from '@/payload-types'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { AGENCY_PAGES, type AgencyPage } from '@/domain/workflow'
import { fieldChanges } from '@/domain/site/page-changes'
import { thaiDateTime } from '@/domain/thai/format'
import { fieldLabelsOf } from '@/globals/agency-page-approval'

const VERSIONS_SHOWN = 50

const pageOf = ({ initPageResult }: DocumentViewServerProps): AgencyPage => (initPageResult.globalConfig?.slug === 'cio-profile' ? 'cio-profile' : 'agency-profile')

type Version = TypeWithVersion<AgencyProfile | CioProfile>

const proposerOf = (version: Version) => version.version.proposedBy || '–'

/** On the site now (the newest published version), published before it, or a draft. */
function statusOf(version: Version, live: Version | undefined): string {
  if (version.version._status !== 'published') return 'ร่าง (รออนุมัติ)'
  return version.id === live?.id ? 'อยู่บนเว็บไซต์ขณะนี้' : 'เคยเผยแพร่'
}

export async function AgencyPageVersions(props: DocumentViewServerProps) {
  const { req } = props.initPageResult
  const slug = pageOf(props)
  const { docs: versions } = await req.payload.findGlobalVersions({ slug, sort: '-updatedAt', limit: VERSIONS_SHOWN + 1, depth: 0, req, overrideAccess: false })
  const live = versions.find((v) => v.version._status === 'published')
  const labels = fieldLabelsOf(req.payload, slug)
  return (
    <Gutter className="khaosan-versions">
      <SetStepNav nav={[{ label: AGENCY_PAGES[slug], url: `/admin/globals/${slug}` }, { label: 'ประวัติฉบับแก้ไข' }]} />
      <p>ทุกฉบับที่บันทึกไว้ ใหม่สุดก่อน การนำข้อความของฉบับก่อนกลับมาใช้ ให้แก้ไขหน้านี้แล้วบันทึกร่างเพื่อขออนุมัติตามปกติ</p>
      {versions.length === 0 ? (
        <p>ยังไม่มีฉบับที่บันทึกไว้</p>
      ) : (
        <table className="khaosan-answers">
          <thead>
            <tr><th scope="col">บันทึกเมื่อ</th><th scope="col">สถานะ</th><th scope="col">เสนอโดย</th><th scope="col">สิ่งที่เปลี่ยนจากฉบับก่อนหน้า</th></tr>
          </thead>
          <tbody>
            {versions.slice(0, VERSIONS_SHOWN).map((version, i) => {
              const previous = versions[i + 1]
              const changed = previous ? fieldChanges(previous.version, version.version, labels).map((c) => c.label).join(', ') || 'ไม่มีการเปลี่ยนแปลงเนื้อหา' : 'ฉบับแรก'
              return (
                <tr key={version.id}>
                  <td><a href={`/admin/globals/${slug}/versions/${version.id}`}>{thaiDateTime(new Date(version.updatedAt))}</a></td>
                  <td>{statusOf(version, live)}</td>
                  <td>{proposerOf(version)}</td>
                  <td>{changed}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </Gutter>
  )
}

export async function AgencyPageVersion(props: DocumentViewServerProps) {
  const { req } = props.initPageResult
  const slug = pageOf(props)
  const id = props.routeSegments.at(-1) ?? ''
  const [version, onSite] = await Promise.all([
    req.payload.findGlobalVersionByID({ slug, id, depth: 0, req, overrideAccess: false, disableErrors: true }),
    req.payload.findGlobal({ slug, depth: 0, req, overrideAccess: false }),
  ])
  const nav = [{ label: AGENCY_PAGES[slug], url: `/admin/globals/${slug}` }, { label: 'ประวัติฉบับแก้ไข', url: `/admin/globals/${slug}/versions` }]
  if (!version) {
    return (
      <Gutter className="khaosan-versions">
        <SetStepNav nav={[...nav, { label: 'ไม่พบฉบับนี้' }]} />
        <p>ไม่พบฉบับนี้ อาจถูกลบตามจำนวนฉบับที่เก็บไว้</p>
      </Gutter>
    )
  }
  const when = thaiDateTime(new Date(version.updatedAt))
  const changes = fieldChanges(onSite, version.version, fieldLabelsOf(req.payload, slug))
  return (
    <Gutter className="khaosan-versions">
      <SetStepNav nav={[...nav, { label: when }]} />
      <p>
        ฉบับที่บันทึกเมื่อ <strong>{when}</strong> ({version.version._status === 'published' ? 'เผยแพร่แล้ว' : 'ร่าง'}) เสนอโดย {proposerOf(version)}
      </p>
      {changes.length === 0 ? (
        <p>ฉบับนี้มีเนื้อหาเหมือนกับที่อยู่บนเว็บไซต์ขณะนี้</p>
      ) : (
        <table className="khaosan-answers khaosan-versions__changes">
          <caption>ส่วนที่ต่างจากหน้าบนเว็บไซต์ขณะนี้</caption>
          <thead>
            <tr><th scope="col">หัวข้อ</th><th scope="col">บนเว็บไซต์ขณะนี้</th><th scope="col">ในฉบับนี้</th></tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.label}><th scope="row">{change.label}</th><td>{change.before}</td><td>{change.after}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </Gutter>
  )
}
