/**
 * The approval steps and each role's duties as the announcement states them, read from the workflow's one
 * transition table (src/domain/workflow/rules.ts): what is announced is what the system enforces.
 */
import { TRANSITIONS, entryState, type Transition } from '../workflow/rules'
import { APPROVAL_SETTING_LABELS, approversOf, type ApprovalSetting } from '../workflow/approvers'
import { ACTION_LABELS, ROLE_LABELS, STATE_LABELS, type Role, type State } from '../workflow/states'

/** The steps a request passes through, in order; withdrawal and the system's own expiry are not steps. */
const STEP_STATES: readonly State[] = ['awaiting-screening', 'awaiting-approval', 'awaiting-endorsement', 'ready-to-publish', 'sent-back', 'published']

const isPersonStep = (t: Transition): boolean => !['withdraw', 'edit', 'submit'].includes(t.action) && !t.by.includes('system')

/** The roles the row is for under the agency's approval setting (an approval row only for those it names). */
const rolesOf = (t: Transition, setting: ApprovalSetting): readonly Role[] => {
  if (t.scope !== 'approvers') return t.by
  const { roles } = approversOf(setting, { request: [], websiteUnit: [] })
  return t.by.filter((role) => roles.includes(role))
}

/** A step taken later, in whatever state the request has reached (e.g. confirming a verbal approval in writing). */
const isFollowUp = (t: Transition): boolean => t.from.length > 1 && t.action !== 'withdraw'

const whoTakes = (t: Transition, setting: ApprovalSetting): string => {
  if (t.scope === 'owner') return 'ผู้ยื่นคำขอ'
  if (t.scope === 'approvers') return APPROVAL_SETTING_LABELS[setting]
  return rolesOf(t, setting).map((role) => ROLE_LABELS[role]).join('หรือ')
}

const what = (t: Transition): string => `${ACTION_LABELS[t.action]}${t.reason === 'required' ? ' (ต้องระบุเหตุผล)' : ''}`

/**
 * "คำขอที่อยู่ในขั้นตอน “รอหัวหน้าหน่วยงานอนุมัติ”: หัวหน้าหน่วยงานหรือหัวหน้าหน่วยงานระดับกอง อนุมัติ / ไม่อนุมัติ (ต้องระบุเหตุผล) …"
 * One sentence per step, after the sentence on how a request enters the workflow.
 */
export function approvalSteps(setting: ApprovalSetting): string[] {
  const ordinary = STATE_LABELS[entryState({ emergency: false })]
  const emergency = STATE_LABELS[entryState({ emergency: true })]
  const entry =
    `${ROLE_LABELS.owner}ยื่นแบบฟอร์มขอเผยแพร่ข้อมูลผ่านระบบ พร้อมไฟล์แนบและรายละเอียด ` +
    `คำขอเริ่มที่ขั้นตอน “${ordinary}” กรณีฉุกเฉินหรือกระทบภาพลักษณ์ของหน่วยงานเริ่มที่ขั้นตอน “${emergency}”`
  const steps = STEP_STATES.flatMap((state) => {
    const byState = TRANSITIONS.filter((t) => t.from.includes(state) && isPersonStep(t) && !isFollowUp(t) && rolesOf(t, setting).length > 0)
    if (byState.length === 0) return []
    const byWhom = new Map<string, string[]>()
    for (const t of byState) byWhom.set(whoTakes(t, setting), [...new Set([...(byWhom.get(whoTakes(t, setting)) ?? []), what(t)])])
    const actions = [...byWhom].map(([who, list]) => `${who} ${list.join(' / ')}`).join(' ; ')
    return [`คำขอที่อยู่ในขั้นตอน “${STATE_LABELS[state]}”: ${actions}`]
  })
  const followUps = TRANSITIONS.filter((t) => isPersonStep(t) && isFollowUp(t) && rolesOf(t, setting).length > 0).map(
    (t) => `${whoTakes(t, setting)} ${what(t)} ได้ในขั้นตอน ${t.from.map((state) => `“${STATE_LABELS[state]}”`).join(' ')}`,
  )
  return [entry, ...steps, ...followUps]
}

/** What a role does, as the transition table lets it: its actions' Thai names, each once, in table order. */
export function dutiesOf(role: Role, setting: ApprovalSetting): string[] {
  const own = TRANSITIONS.filter((t) => rolesOf(t, setting).includes(role) && isPersonStep(t) && t.scope !== 'owner')
  const duties = [...new Set(own.map((t) => ACTION_LABELS[t.action]))]
  return role === 'owner' ? [ACTION_LABELS.submit, ...duties] : duties
}
