import { describe, expect, it } from 'vitest'
import { ACTIONS, ROLES, STATES, availableActions, decide, entryState, type Action, type Role, type State } from './index'
import type { RequestFacts } from './rules'

const facts = (over: Partial<RequestFacts> = {}): RequestFacts => ({
  state: 'awaiting-approval',
  ownerId: 'owner-1',
  unitPath: ['unit-finance-section', 'division-finance', 'agency'],
  sensitive: false,
  urgent: true,
  emergency: false,
  verbalApprovalPending: true,
  ...over,
})
const actorWith = (role: Role, over: Partial<{ id: string; unitId: string }> = {}) => ({
  id: `${role}-9`,
  roles: [role],
  unitId: 'division-finance',
  ...over,
})
const fullInput = { reason: 'เหตุผล', verbalApproval: { givenBy: 'นายก', givenAt: new Date('2026-01-05T03:00:00Z'), means: 'โทรศัพท์' } }

/**
 * The specification, written as the seeds describe it (not read from the rules table):
 * action → state → roles that may take it there (for someone else's request, inside their unit tree).
 */
const SPEC: Record<Action, Partial<Record<State, Role[]>>> = {
  submit: {},
  screen: { 'awaiting-screening': ['executive'] },
  approve: { 'awaiting-approval': ['head', 'division-head'] },
  reject: { 'awaiting-screening': ['executive'], 'awaiting-approval': ['head', 'division-head'], 'awaiting-endorsement': ['division-head'] },
  'record-verbal-approval': { 'awaiting-approval': ['head', 'division-head'] },
  'confirm-verbal-approval': {
    'awaiting-endorsement': ['head', 'division-head'],
    'ready-to-publish': ['head', 'division-head'],
    published: ['head', 'division-head'],
    'sent-back': ['head', 'division-head'],
  },
  endorse: { 'awaiting-endorsement': ['division-head'] },
  publish: { 'ready-to-publish': ['webmaster'] },
  'send-back': { 'ready-to-publish': ['webmaster'] },
  resubmit: {},
  withdraw: {},
  unpublish: { published: ['webmaster'] },
  expire: { published: ['system'] },
}
/** Actions only the owner of the request takes, from these states. */
const OWNER_ONLY: Partial<Record<Action, State[]>> = {
  resubmit: ['sent-back'],
  withdraw: ['awaiting-screening', 'awaiting-approval', 'awaiting-endorsement', 'ready-to-publish', 'sent-back'],
}
const rolesEverAllowed = (action: Action): Set<Role> =>
  new Set([...Object.values(SPEC[action]).flat(), ...(OWNER_ONLY[action] ? ['owner', 'head', 'division-head', 'webmaster', 'executive'] as Role[] : [])])

describe('every action from every state, for every role', () => {
  for (const action of ACTIONS) {
    for (const state of STATES) {
      for (const role of ROLES) {
        it(`${role} ${action} from ${state}`, () => {
          const ownerOnly = OWNER_ONLY[action]
          const actor = ownerOnly ? actorWith(role, { id: 'owner-1' }) : actorWith(role)
          const result = decide(action, actor, facts({ state }), fullInput)
          const allowed = ownerOnly
            ? ownerOnly.includes(state) && rolesEverAllowed(action).has(role)
            : (SPEC[action][state] ?? []).includes(role)
          if (allowed) {
            expect(result).toMatchObject({ ok: true, from: state, role })
          } else {
            const status = rolesEverAllowed(action).has(role) ? 409 : 403
            expect(result).toMatchObject({ ok: false, status })
            expect((result as { message: string }).message).toMatch(/[\u0E00-\u0E7F]/)
          }
        })
      }
    }
  }
})

describe('where a request goes', () => {
  const head = actorWith('head')
  it('starts with the unit head, or with the executive when it is an emergency', () => {
    expect(entryState({ emergency: false })).toBe('awaiting-approval')
    expect(entryState({ emergency: true })).toBe('awaiting-screening')
  })
  it('goes from the head straight to the webmaster, or to the division head when the category is sensitive', () => {
    expect(decide('approve', head, facts({ sensitive: false }))).toMatchObject({ ok: true, to: 'ready-to-publish' })
    expect(decide('approve', head, facts({ sensitive: true }))).toMatchObject({ ok: true, to: 'awaiting-endorsement' })
  })
  it('a verbal approval moves it on like an approval and stays flagged until confirmed', () => {
    const recorded = decide('record-verbal-approval', head, facts({ sensitive: true, verbalApprovalPending: false }), fullInput)
    expect(recorded).toMatchObject({ ok: true, to: 'awaiting-endorsement', sets: { verbalApprovalPending: true } })
    const confirmed = decide('confirm-verbal-approval', head, facts({ state: 'published', verbalApprovalPending: true }))
    expect(confirmed).toMatchObject({ ok: true, to: 'published', sets: { verbalApprovalPending: false } })
  })
  it('a resubmitted request starts again at its entry state', () => {
    const owner = actorWith('owner', { id: 'owner-1' })
    expect(decide('resubmit', owner, facts({ state: 'sent-back', emergency: true }))).toMatchObject({ ok: true, to: 'awaiting-screening' })
    expect(decide('resubmit', owner, facts({ state: 'sent-back' }))).toMatchObject({ ok: true, to: 'awaiting-approval' })
  })
})

describe('guards', () => {
  it('no one approves or publishes their own request', () => {
    expect(decide('approve', actorWith('head', { id: 'owner-1' }), facts())).toMatchObject({ ok: false, status: 403 })
    expect(decide('publish', actorWith('webmaster', { id: 'owner-1' }), facts({ state: 'ready-to-publish' }))).toMatchObject({ ok: false, status: 403 })
  })
  it('a head outside the owner’s unit tree may not approve', () => {
    expect(decide('approve', actorWith('head', { unitId: 'division-engineering' }), facts())).toMatchObject({ ok: false, status: 403 })
  })
  it('only the owner withdraws', () => {
    expect(decide('withdraw', actorWith('owner', { id: 'someone-else' }), facts())).toMatchObject({ ok: false, status: 403 })
  })
  it('a verbal approval needs an urgent request and who, when and how', () => {
    expect(decide('record-verbal-approval', actorWith('head'), facts({ urgent: false }), fullInput)).toMatchObject({ ok: false, status: 409 })
    const noDetails = decide('record-verbal-approval', actorWith('head'), facts(), { reason: 'ด่วน', verbalApproval: { givenBy: 'นายก' } })
    expect(noDetails).toMatchObject({ ok: false, status: 400 })
    expect((noDetails as { message: string }).message).toContain('ช่องทาง')
  })
  it('confirming needs a pending verbal approval', () => {
    expect(decide('confirm-verbal-approval', actorWith('head'), facts({ state: 'published', verbalApprovalPending: false }))).toMatchObject({ ok: false, status: 409 })
  })
  it('reject, send back and unpublish need a reason; blank does not count', () => {
    expect(decide('reject', actorWith('head'), facts(), { reason: '   ' })).toMatchObject({ ok: false, status: 400 })
    expect(decide('send-back', actorWith('webmaster'), facts({ state: 'ready-to-publish' }))).toMatchObject({ ok: false, status: 400 })
    expect(decide('unpublish', actorWith('webmaster'), facts({ state: 'published' }), { reason: 'หมดความจำเป็น' })).toMatchObject({ ok: true, reason: 'หมดความจำเป็น' })
  })
  it('an unknown action is a bad request', () => {
    expect(decide('delete-everything', actorWith('admin'), facts())).toMatchObject({ ok: false, status: 400 })
  })
})

describe('availableActions', () => {
  it('tells each person what waits for them', () => {
    expect(availableActions(actorWith('head'), facts({ verbalApprovalPending: false }))).toEqual(['approve', 'reject', 'record-verbal-approval'])
    expect(availableActions(actorWith('webmaster'), facts({ state: 'ready-to-publish' }))).toEqual(['publish', 'send-back'])
    expect(availableActions(actorWith('owner', { id: 'owner-1' }), facts({ state: 'published' }))).toEqual([])
  })
})

describe('signatoriesFrom', () => {
  it('takes the latest approver and publisher, and the endorser only when there was one', async () => {
    const { signatoriesFrom } = await import('./signatures')
    const at = (d: number) => new Date(Date.UTC(2026, 0, d))
    const plain = signatoriesFrom([
      { action: 'submit', by: 'สุดา', at: at(1) },
      { action: 'approve', by: 'วิไล', at: at(2) },
      { action: 'send-back', by: 'ธนา', at: at(3) },
      { action: 'resubmit', by: 'สุดา', at: at(4) },
      { action: 'approve', by: 'ประเสริฐ', at: at(5) },
    ])
    expect(plain.map((s) => [s.label, s.name ?? null])).toEqual([
      ['ผู้ขอเผยแพร่', 'สุดา'],
      ['ผู้อนุมัติ', 'ประเสริฐ'],
      ['ผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่', null],
    ])
    expect(plain[1].at).toEqual(at(5))
    const endorsed = signatoriesFrom([{ action: 'endorse', by: 'ประเสริฐ', at: at(6) }])
    expect(endorsed.map((s) => s.label)).toContain('ผู้รับรอง (หัวหน้ากอง)')
  })
})
