/**
 * What people are told about a publish request, in Thai: the owner hears every outcome (000 §3.2.2, 002 §3.2.2–3.2.3),
 * the next person in the chain hears that something waits for them.
 */
import type { Action, State } from './states'
import { STATE_LABELS } from './states'

export interface Message {
  kind: string
  title: string
  message: string
}

interface About {
  title: string
  reason?: string | null
  publicUrl?: string | null
  requestUrl: string
}

/** The owner's notice for an outcome, or null when the step is not an outcome the owner must hear. */
export function ownerMessage(action: Action, about: About): Message | null {
  const subject = `"${about.title}"`
  const because = about.reason ? `\nเหตุผล: ${about.reason}` : ''
  switch (action) {
    case 'publish':
      return { kind: 'published', title: `เผยแพร่แล้ว: ${about.title}`, message: `ข้อมูล ${subject} เผยแพร่บนเว็บไซต์แล้ว\nลิงก์: ${about.publicUrl}` }
    case 'reject':
      return { kind: 'rejected', title: `ไม่อนุมัติ: ${about.title}`, message: `คำขอเผยแพร่ ${subject} ไม่ได้รับการอนุมัติ${because}\nดูคำขอ: ${about.requestUrl}` }
    case 'send-back':
      return { kind: 'sent-back', title: `ส่งกลับให้แก้ไข: ${about.title}`, message: `ผู้ดูแลเว็บไซต์ส่งคำขอ ${subject} กลับให้แก้ไข${because}\nแก้ไขคำขอ: ${about.requestUrl}` }
    case 'unpublish':
      return { kind: 'taken-down', title: `นำออกจากเว็บไซต์: ${about.title}`, message: `ข้อมูล ${subject} ถูกนำออกจากเว็บไซต์${because}` }
    case 'expire':
      return { kind: 'taken-down', title: `สิ้นสุดระยะเวลาเผยแพร่: ${about.title}`, message: `ข้อมูล ${subject} ครบกำหนดระยะเวลาเผยแพร่และถูกนำออกจากเว็บไซต์แล้ว` }
    default:
      return null
  }
}

/** The notice for whoever acts next when a request enters a waiting state. */
export function waitingMessage(state: State, about: About): Message | null {
  if (!['awaiting-screening', 'awaiting-approval', 'awaiting-endorsement', 'ready-to-publish'].includes(state)) return null
  return {
    kind: 'waiting',
    title: `${STATE_LABELS[state]}: ${about.title}`,
    message: `มีคำขอเผยแพร่ "${about.title}" รอท่านดำเนินการ (${STATE_LABELS[state]})\nดูคำขอ: ${about.requestUrl}`,
  }
}

/** Which roles act on a request in each waiting state. */
export const NEXT_ACTORS: Partial<Record<State, 'executive' | 'head' | 'division-head' | 'webmaster'>> = {
  'awaiting-screening': 'executive',
  'awaiting-approval': 'head',
  'awaiting-endorsement': 'division-head',
  'ready-to-publish': 'webmaster',
}
