/**
 * What people are told about a publish request, in Thai: the owner (and the requester an item was filed for)
 * hears every outcome (000 §3.2.2, 002 §3.2.2–3.2.3); whoever may take the next step hears that it waits for
 * them (decide.ts: awaitedSteps, canTakeStep).
 */
import type { Action, State } from './states'
import { ACTION_LABELS, STATE_LABELS } from './states'

export interface Message {
  kind: string
  title: string
  message: string
}

export interface About {
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
    case 'correct-placement':
      return { kind: 'corrected', title: `ผู้ดูแลเว็บไซต์ปรับการจัดวาง: ${about.title}`, message: `ผู้ดูแลเว็บไซต์ปรับหมวดหมู่หรือการจัดวางของคำขอ ${subject}${because}\nดูคำขอ: ${about.requestUrl}` }
    case 'unpublish':
      return { kind: 'taken-down', title: `นำออกจากเว็บไซต์: ${about.title}`, message: `ข้อมูล ${subject} ถูกนำออกจากเว็บไซต์${because}` }
    case 'expire':
      return { kind: 'taken-down', title: `สิ้นสุดระยะเวลาเผยแพร่: ${about.title}`, message: `ข้อมูล ${subject} ครบกำหนดระยะเวลาเผยแพร่และถูกนำออกจากเว็บไซต์แล้ว` }
    default:
      return null
  }
}

/** The key of a wait that is a step rather than a state (decide.ts awaitedSteps). */
const isStepKey = (key: string): key is Action => key in ACTION_LABELS

/** The notice for whoever may take the step a request now waits for (`key`: a state, or a step that stays in it). */
export function waitingMessage(key: string, about: About): Message {
  const what = isStepKey(key) ? `รอ${ACTION_LABELS[key]}` : STATE_LABELS[key as State]
  return {
    kind: 'waiting',
    title: `${what}: ${about.title}`,
    message: `มีคำขอเผยแพร่ "${about.title}" รอท่านดำเนินการ (${what})\nดูคำขอ: ${about.requestUrl}`,
  }
}
