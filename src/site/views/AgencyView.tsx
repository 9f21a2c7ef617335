import { agencyProfile } from '../content'
import { photoOf, siteImageOf } from '../components'
import { Paragraphs } from '../components'

/** ข้อมูลหน่วยงาน (C1): history, vision, mission, authority, strategy, executives, structure, contact. */
export async function AgencyView() {
  const profile = await agencyProfile()
  return (
    <div className="agency">
      <nav aria-label="หัวข้อในหน้านี้">
        <ul className="items">
          <li><a href="#history">ประวัติความเป็นมา</a></li>
          <li><a href="#vision">วิสัยทัศน์และพันธกิจ</a></li>
          <li><a href="#authority">อำนาจหน้าที่</a></li>
          <li><a href="#strategy">ยุทธศาสตร์</a></li>
          <li><a href="#executives">ทำเนียบผู้บริหาร</a></li>
          <li><a href="#structure">โครงสร้างส่วนราชการ</a></li>
          <li><a href="#contact">ติดต่อหน่วยงาน</a></li>
        </ul>
      </nav>
      <h2 id="history">ประวัติความเป็นมา</h2>
      <Paragraphs text={profile.history} />
      <h2 id="vision">วิสัยทัศน์และพันธกิจ</h2>
      <Paragraphs text={profile.vision} />
      {profile.missions?.length ? (
        <ol>
          {profile.missions.map((m, i) => (
            <li key={i}>{m.text}</li>
          ))}
        </ol>
      ) : null}
      <h2 id="authority">อำนาจหน้าที่</h2>
      <Paragraphs text={profile.authority} />
      <h2 id="strategy">ยุทธศาสตร์</h2>
      <Paragraphs text={profile.strategy} />
      <h2 id="executives">ทำเนียบผู้บริหาร</h2>
      <ul className="people">
        {(profile.executives ?? []).map((person, i) => (
          <li key={i}>
            {photoOf(person.photo, `ภาพถ่าย ${person.name}`)}
            <strong className="person-name">{person.name}</strong>
            <br />
            <span>{person.position}</span>
          </li>
        ))}
      </ul>
      <h2 id="structure">โครงสร้างส่วนราชการ</h2>
      {siteImageOf(profile.orgChart) ? <img src={siteImageOf(profile.orgChart)!.url} alt={siteImageOf(profile.orgChart)!.alt} /> : null}
      <ul className="org">
        {(profile.structure ?? []).map((division, i) => (
          <li key={i}>
            <strong>{division.name}</strong>
            {division.head ? ` — ${division.head}` : ''}
            {division.units?.length ? (
              <ul>
                {division.units.map((unit, j) => (
                  <li key={j}>{unit.name}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      <h2 id="contact">ติดต่อหน่วยงาน</h2>
      <dl className="meta">
        <dt>ที่อยู่</dt>
        <dd className="pre-line">{profile.address || '-'}</dd>
        <dt>โทรศัพท์</dt>
        <dd>{profile.phone || '-'}</dd>
        <dt>โทรสาร</dt>
        <dd>{profile.fax || '-'}</dd>
        <dt>อีเมล</dt>
        <dd>{profile.email ? <a href={`mailto:${profile.email}`}>{profile.email}</a> : '-'}</dd>
        <dt>เวลาทำการ</dt>
        <dd>{profile.hours || '-'}</dd>
        <dt>แผนที่</dt>
        <dd>{profile.mapUrl ? <a href={profile.mapUrl} rel="noopener noreferrer">เปิดแผนที่การเดินทาง</a> : '-'}</dd>
      </dl>
    </div>
  )
}
