/**
 * /ita and /ita/<year>: the page for the ITA assessors (หน้าสำหรับผู้ประเมิน ITA). Every indicator of the agency's
 * ITA set for the fiscal year, its title and the links to its evidence on this site, as an assessor walks it;
 * an indicator without evidence is listed as not yet published. Read from the same check the dashboard makes.
 */
import { itaPath, itaYears } from '@/domain/site/addresses'
import { complianceOf } from '@/server/compliance'
import { Breadcrumb } from '../components'
import { payloadInstance } from '../content'

export const ITA_PAGE_TITLE = 'ข้อมูลสำหรับการประเมิน ITA'

const UNSPECIFIED_TITLE = 'ตัวชี้วัดที่หน่วยงานกำหนดเอง'

export async function ItaView({ fiscalYear }: { fiscalYear: number }) {
  const now = new Date()
  const result = await complianceOf(await payloadInstance(), 'ita', fiscalYear, now)
  const heading = (
    <>
      <Breadcrumb trail={[{ label: ITA_PAGE_TITLE, href: '/ita' }, { label: `ปีงบประมาณ ${fiscalYear}` }]} />
      <h1>ข้อมูลสำหรับการประเมินคุณธรรมและความโปร่งใส (ITA) ปีงบประมาณ {fiscalYear}</h1>
    </>
  )
  if (!result) return <>{heading}<p>ยังไม่มีชุดตัวชี้วัดของปีงบประมาณ {fiscalYear}</p></>
  return (
    <>
      {heading}
      <p>
        {result.resolved.set.title}
        {result.resolved.notice ? ` (${result.resolved.notice})` : ''} — รายการตัวชี้วัดและลิงก์ไปยังข้อมูลที่เผยแพร่บนเว็บไซต์นี้
      </p>
      <nav aria-label="ปีงบประมาณ">
        {itaYears(now).map((year) => (
          <a key={year} href={itaPath(year)} aria-current={year === fiscalYear ? 'page' : undefined}>
            ปีงบประมาณ {year}
          </a>
        ))}
      </nav>
      <ol className="items ita">
        {result.indicators.map((indicator) => (
          <li key={indicator.code} id={indicator.code}>
            {/* A set's placeholder has a title for the agency (what to fill in), not for the assessor. */}
            <h2>
              {indicator.code} {indicator.status === 'unspecified' ? UNSPECIFIED_TITLE : indicator.title}
            </h2>
            {indicator.status === 'unspecified' ? (
              <p>หน่วยงานอยู่ระหว่างกำหนดรายละเอียดของตัวชี้วัดนี้</p>
            ) : indicator.evidence.length === 0 || indicator.status === 'missing' ? (
              <p>ยังไม่ได้เผยแพร่</p>
            ) : (
              <ul>
                {indicator.evidence.map((evidence) => (
                  <li key={evidence.url}>
                    <a href={evidence.url}>{evidence.title}</a>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </>
  )
}
