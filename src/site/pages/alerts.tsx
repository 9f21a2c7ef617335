/**
 * E-mail alerts on the public site (รับข่าวสารทางอีเมล): the form to subscribe (no account, no JavaScript), the page
 * that says to check one's mail, and a subscription's own page — reached only by the secret link in every alert —
 * to change its topics or frequency or to end it.
 */
import { ALERT_FREQUENCIES, ALERT_PAGES, ALERT_TOPICS, ALERT_TOPIC_NAMES, CONFIRM_HOURS, FREQUENCY_LABELS, type AlertFrequency, type AlertTopic } from '@/domain/alerts/alerts'
import { HONEYPOT_FIELD } from '@/domain/complaints/form'
import { Breadcrumb } from '@/site/components'
import { payloadInstance } from '@/site/content'
import type { PageOutcome } from '@/site/page'
import { FieldMessage, ReplyField, ReplySummary, TickBox, sentField, sentTick } from '@/site/views/FormReply'
import type { FormReply } from '@/domain/site/form-reply'

const TITLE = 'รับข่าวสารทางอีเมล'

/** Where the summary's message leads: the e-mail field, a group's first choice, or the consent. */
const GROUP_TARGETS: Record<string, string> = { topics: `topic-${ALERT_TOPIC_NAMES[0]}`, frequency: `frequency-${ALERT_FREQUENCIES[0]}` }
const subscribeTarget = (name: string) => GROUP_TARGETS[name] ?? `subscribe-${name}`

function Choices({ topics, frequency, reply }: { topics: readonly AlertTopic[]; frequency: AlertFrequency; reply?: FormReply }) {
  return (
    <>
      <fieldset aria-describedby={reply?.errors.topics ? 'topics-error' : undefined}>
        <legend>หัวข้อที่ต้องการรับ</legend>
        <FieldMessage reply={reply} name="topics" id="topics" />
        {ALERT_TOPIC_NAMES.map((topic) => (
          <div className="field consent" key={topic}>
            <input {...sentTick(reply, 'topics', topic, { byDefault: topics.includes(topic) })} id={`topic-${topic}`} type="checkbox" />
            <label htmlFor={`topic-${topic}`}>{ALERT_TOPICS[topic].label}</label>
          </div>
        ))}
      </fieldset>
      <fieldset aria-describedby={reply?.errors.frequency ? 'frequency-error' : undefined}>
        <legend>ความถี่</legend>
        <FieldMessage reply={reply} name="frequency" id="frequency" />
        {ALERT_FREQUENCIES.map((value) => (
          <div className="field consent" key={value}>
            <input {...sentTick(reply, 'frequency', value, { byDefault: value === frequency })} id={`frequency-${value}`} type="radio" />
            <label htmlFor={`frequency-${value}`}>{FREQUENCY_LABELS[value]}</label>
          </div>
        ))}
      </fieldset>
    </>
  )
}

/** รับข่าวสารทางอีเมล: the subscription form. */
export function subscribePage(reply?: FormReply): Promise<PageOutcome> {
  return Promise.resolve({
    head: { title: TITLE, path: ALERT_PAGES.subscribe, description: 'รับข่าวประชาสัมพันธ์ ประกาศจัดซื้อจัดจ้าง ประกาศรับสมัครงาน และคำตอบกระดานถาม-ตอบทางอีเมล ยกเลิกได้ทุกเมื่อ' },
    body: (
      <>
        <Breadcrumb trail={[{ label: TITLE }]} />
        <h1>{TITLE}</h1>
        <p>รับข่าวสารใหม่ของหน่วยงานทางอีเมล ทันทีที่เผยแพร่หรือสรุปวันละครั้ง ทุกฉบับมีลิงก์ยกเลิกได้ในคลิกเดียว</p>
        <form method="post" action="/api/subscriptions" className="citizen-form">
          <ReplySummary reply={reply} idOf={subscribeTarget} />
          <ReplyField reply={reply} name="email" id="subscribe-email" label="อีเมล (จำเป็น)">
            <input {...sentField(reply, 'email', 'subscribe-email')} type="email" required autoComplete="email" maxLength={254} />
          </ReplyField>
          <Choices topics={['news']} frequency="immediate" reply={reply} />
          <div className="honeypot" aria-hidden="true">
            <label htmlFor="subscribe-website">เว็บไซต์ (ไม่ต้องกรอก)</label>
            <input id="subscribe-website" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
          </div>
          <TickBox reply={reply} name="consent" id="subscribe-consent" label="ยินยอมให้หน่วยงานเก็บอีเมลนี้เพื่อส่งข่าวสารตามหัวข้อที่เลือกเท่านั้น จนกว่าข้าพเจ้าจะยกเลิก" />
          <p className="muted">ระบบจะส่งลิงก์ยืนยันไปที่อีเมล และจะไม่เก็บอีเมลของท่านจนกว่าท่านจะกดยืนยันภายใน {CONFIRM_HOURS} ชั่วโมง</p>
          <button type="submit" className="primary">
            ขอรับข่าวสาร
          </button>
        </form>
      </>
    ),
  })
}

/** Where the subscriber lands: check your mail. */
export function subscribeSentPage(): Promise<PageOutcome> {
  return Promise.resolve({
    head: { title: 'กรุณายืนยันอีเมล', path: ALERT_PAGES.sent, noindex: true },
    body: (
      <>
        <Breadcrumb trail={[{ href: ALERT_PAGES.subscribe, label: TITLE }, { label: 'กรุณายืนยันอีเมล' }]} />
        <h1>กรุณายืนยันอีเมลของท่าน</h1>
        <p role="status">ระบบส่งลิงก์ยืนยันไปที่อีเมลของท่านแล้ว กดลิงก์ภายใน {CONFIRM_HOURS} ชั่วโมงเพื่อเริ่มรับข่าวสาร หากไม่พบ โปรดดูในกล่องจดหมายขยะ</p>
      </>
    ),
  })
}

/** A subscription's own page (its secret link): change what it gets, or end it. Never kept by the page cache. */
export async function subscriptionPage(token: string, query: URLSearchParams): Promise<PageOutcome> {
  const payload = await payloadInstance()
  const { docs } = /^[0-9a-f]{64}$/.test(token) ? await payload.find({ collection: 'subscriptions', where: { and: [{ token: { equals: token } }, { state: { equals: 'active' } }] }, limit: 1, depth: 0, overrideAccess: true }) : { docs: [] }
  const subscription = docs[0]
  const head = { title: 'การรับข่าวสารของท่าน', path: ALERT_PAGES.manage(token), noindex: true }
  if (!subscription) {
    return { head, body: (<><h1>ไม่พบการรับข่าวสารนี้</h1><p>อาจยกเลิกไปแล้ว หรือลิงก์ไม่ครบ <a href={ALERT_PAGES.subscribe}>ขอรับข่าวสารใหม่</a></p></>) }
  }
  return {
    head,
    body: (
      <>
        <Breadcrumb trail={[{ href: ALERT_PAGES.subscribe, label: TITLE }, { label: 'การรับข่าวสารของท่าน' }]} />
        <h1>การรับข่าวสารของ {subscription.email}</h1>
        {query.get('confirmed') ? <p className="notice" role="status">ยืนยันอีเมลแล้ว ท่านจะได้รับข่าวสารตามหัวข้อด้านล่าง</p> : null}
        {query.get('saved') ? <p className="notice" role="status">บันทึกการเปลี่ยนแปลงแล้ว</p> : null}
        <form method="post" action={`/api/subscriptions/manage/${token}`} className="citizen-form">
          <Choices topics={subscription.topics ?? []} frequency={subscription.frequency} />
          <button type="submit" className="primary">
            บันทึก
          </button>
        </form>
        <form method="post" action={`/api/subscriptions/unsubscribe/${token}`} className="citizen-form">
          <button type="submit">ยกเลิกการรับข่าวสารทั้งหมด</button>
        </form>
      </>
    ),
  }
}
