import { cioProfile } from '../content'
import { photoOf } from '../components'
import { Paragraphs } from '../components'

/** ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (C3): who, how to reach them, how IT is managed. */
export async function CioView() {
  const cio = await cioProfile()
  return (
    <div className="cio">
      <ul className="people">
        <li>
          {photoOf(cio.photo, `ภาพถ่าย ${cio.name ?? ''}`)}
          <strong>{cio.name || '-'}</strong>
          <br />
          <span>{cio.position}</span>
        </li>
      </ul>
      <dl className="meta">
        <dt>โทรศัพท์</dt>
        <dd>{cio.phone || '-'}</dd>
        <dt>อีเมล</dt>
        <dd>{cio.email ? <a href={`mailto:${cio.email}`}>{cio.email}</a> : '-'}</dd>
      </dl>
      <h2>บทบาทหน้าที่</h2>
      <Paragraphs text={cio.duties} />
      <h2>การบริหารจัดการเทคโนโลยีสารสนเทศ</h2>
      <Paragraphs text={cio.itManagement} />
    </div>
  )
}
