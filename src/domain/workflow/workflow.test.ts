import { describe, expect, it } from 'vitest'
import {
  ACTIONS, EDITABLE_STATES, ROLES, STATES, approvalReach, approvalSettingFor, approvesForAgencyHead, approversOf, availableActions, awaitedSteps, canTakeStep, decide, entryState, isWaitingFor, waitingSlices,
  type Action, type Actor, type Role, type State,
} from './index'
import type { RequestFacts } from './rules'

const PATH = ['unit-finance-section', 'division-finance', 'agency']
const facts = (over: Partial<RequestFacts> = {}): RequestFacts => ({
  state: 'awaiting-approval',
  ownerId: 'owner-1',
  unitPath: PATH,
  approvers: approversOf('owner-unit', { request: PATH, websiteUnit: null }),
  needsEndorsement: false,
  urgent: true,
  emergency: false,
  verbalApprovalPending: true,
  hasOpenRevision: false,
  ...over,
})
const actorWith = (role: Role, over: Partial<{ id: string; unitId: string }> = {}): Actor => ({
  id: `${role}-9`,
  roles: [role],
  unitId: 'division-finance',
  ...over,
})
const fullInput = { reason: 'เหตุผล', verbalApproval: { givenBy: 'นายก', givenAt: new Date('2026-01-05T03:00:00Z'), means: 'โทรศัพท์' } }

/**
 * The specification, written as the seeds describe it (not read from the rules table):
 * action → state → roles that may take it there for someone else's request, in their unit tree.
 */
const FOR_OTHERS: Record<Action, Partial<Record<State, Role[]>>> = {
  submit: {},
  edit: {},
  screen: { 'awaiting-screening': ['executive'] },
  approve: { 'awaiting-approval': ['head', 'division-head'] },
  reject: { 'awaiting-screening': ['executive'], 'awaiting-approval': ['head', 'division-head'], 'awaiting-endorsement': ['division-head'] },
  // whoever took the call: a head, a webmaster, the executive (the owner too, for their own request)
  'record-verbal-approval': { 'awaiting-approval': ['head', 'division-head', 'webmaster', 'executive'] },
  'confirm-verbal-approval': {
    'awaiting-endorsement': ['head', 'division-head'],
    'ready-to-publish': ['head', 'division-head'],
    published: ['head', 'division-head'],
    'sent-back': ['head', 'division-head'],
  },
  endorse: { 'awaiting-endorsement': ['division-head'] },
  'refer-for-endorsement': { 'ready-to-publish': ['webmaster'] },
  'correct-placement': { 'ready-to-publish': ['webmaster'] },
  publish: { 'ready-to-publish': ['webmaster'] },
  'send-back': { 'ready-to-publish': ['webmaster'] },
  resubmit: {},
  withdraw: {},
  revise: { published: ['webmaster'] },
  unpublish: { published: ['webmaster'] },
  expire: { published: ['system'] },
  supersede: { published: ['system'] },
}
const STAFF: Role[] = ['owner', 'head', 'division-head', 'webmaster', 'executive']
const OPEN: State[] = ['draft', 'awaiting-screening', 'awaiting-approval', 'awaiting-endorsement', 'ready-to-publish', 'sent-back']
/** Actions the owner takes on their own request, from these states, whatever their staff role. */
/** Keeping an item current is no approval: a webmaster takes down an item they filed themselves. */
const ALSO_ON_OWN: Action[] = ['unpublish', 'expire', 'supersede']
const OWN: Partial<Record<Action, State[]>> = {
  submit: ['draft'],
  edit: ['draft', 'awaiting-screening', 'awaiting-approval', 'sent-back'],
  resubmit: ['sent-back'],
  withdraw: OPEN,
  revise: ['published'],
  'record-verbal-approval': ['awaiting-approval'],
}
/** The states from which the role has some way to take the action (on some request). */
const statesFor = (action: Action, role: Role): Set<string> =>
  new Set([...Object.entries(FOR_OTHERS[action]).filter(([, roles]) => roles!.includes(role)).map(([state]) => state), ...(STAFF.includes(role) ? (OWN[action] ?? []) : [])])

describe('every action from every state, for every role, on their own request and on someone else’s', () => {
  for (const action of ACTIONS) {
    for (const state of STATES) {
      for (const role of ROLES) {
        for (const own of [false, true]) {
          it(`${role} ${action} from ${state}${own ? ' (own request)' : ''}`, () => {
            const actor = actorWith(role, own ? { id: 'owner-1' } : {})
            const result = decide(action, actor, facts({ state }), fullInput)
            const forOthers = (FOR_OTHERS[action][state] ?? []).includes(role)
            const allowed = own ? (!!OWN[action]?.includes(state) && STAFF.includes(role)) || (forOthers && ALSO_ON_OWN.includes(action)) : forOthers
            if (allowed) {
              expect(result).toMatchObject({ ok: true, from: state, role })
            } else {
              expect(result.ok).toBe(false)
              // the role never does it: 403; not from this state: 409; not this request (scope, own request): 403
              const states = statesFor(action, role)
              expect((result as { status: number }).status).toBe(states.size === 0 ? 403 : states.has(state) ? 403 : 409)
              expect((result as { message: string }).message).toMatch(/[\u0E00-\u0E7F]/)
            }
          })
        }
      }
    }
  }
})

describe('where a request goes', () => {
  const head = actorWith('head')
  it('starts with the approver, or with the executive when it is an emergency', () => {
    expect(entryState({ emergency: false })).toBe('awaiting-approval')
    expect(entryState({ emergency: true })).toBe('awaiting-screening')
    expect(decide('submit', actorWith('owner', { id: 'owner-1' }), facts({ state: 'draft', emergency: true }))).toMatchObject({ ok: true, to: 'awaiting-screening' })
  })
  it('goes from the approver straight to the webmaster, or to the division head when it needs endorsement', () => {
    expect(decide('approve', head, facts({ needsEndorsement: false }))).toMatchObject({ ok: true, to: 'ready-to-publish', sets: {} })
    expect(decide('approve', head, facts({ needsEndorsement: true }))).toMatchObject({ ok: true, to: 'awaiting-endorsement' })
  })
  it('the approver may ask for the division head’s endorsement of anything (a budget report filed under C1)', () => {
    expect(decide('approve', head, facts(), { needsEndorsement: true })).toMatchObject({ ok: true, to: 'awaiting-endorsement', sets: { needsEndorsement: true } })
  })
  it('a webmaster may send a ready request to the division head, with a reason', () => {
    const webmaster = actorWith('webmaster')
    expect(decide('refer-for-endorsement', webmaster, facts({ state: 'ready-to-publish' }))).toMatchObject({ ok: false, status: 400 })
    expect(decide('refer-for-endorsement', webmaster, facts({ state: 'ready-to-publish' }), { reason: 'เป็นข้อมูลการเงิน' })).toMatchObject({ ok: true, to: 'awaiting-endorsement', sets: { needsEndorsement: true } })
  })
  it('a verbal approval moves it on like an approval and stays flagged until confirmed', () => {
    const recorded = decide('record-verbal-approval', head, facts({ needsEndorsement: true, verbalApprovalPending: false }), fullInput)
    expect(recorded).toMatchObject({ ok: true, to: 'awaiting-endorsement', sets: { verbalApprovalPending: true } })
    const byOwner = decide('record-verbal-approval', actorWith('owner', { id: 'owner-1' }), facts({ verbalApprovalPending: false }), fullInput)
    expect(byOwner).toMatchObject({ ok: true, to: 'ready-to-publish', role: 'owner' })
    const confirmed = decide('confirm-verbal-approval', head, facts({ state: 'published', verbalApprovalPending: true }))
    expect(confirmed).toMatchObject({ ok: true, to: 'published', sets: { verbalApprovalPending: false } })
  })
  it('a resubmitted request starts again at its entry state', () => {
    const owner = actorWith('owner', { id: 'owner-1' })
    expect(decide('resubmit', owner, facts({ state: 'sent-back', emergency: true }))).toMatchObject({ ok: true, to: 'awaiting-screening' })
    expect(decide('resubmit', owner, facts({ state: 'sent-back' }))).toMatchObject({ ok: true, to: 'awaiting-approval' })
  })
  it('a revision needs a change note, and there is one open revision at a time', () => {
    const owner = actorWith('owner', { id: 'owner-1' })
    expect(decide('revise', owner, facts({ state: 'published' }))).toMatchObject({ ok: false, status: 400 })
    expect(decide('revise', owner, facts({ state: 'published' }), { reason: 'ขยายเวลา' })).toMatchObject({ ok: true, to: 'published' })
    expect(decide('revise', owner, facts({ state: 'published', hasOpenRevision: true }), { reason: 'ขยายเวลา' })).toMatchObject({ ok: false, status: 409 })
    expect(decide('revise', owner, facts({ state: 'awaiting-approval' }), { reason: 'x' })).toMatchObject({ ok: false, status: 409 })
  })
  it('the owner edits only until someone has approved', () => {
    expect(EDITABLE_STATES).toEqual(['draft', 'awaiting-screening', 'awaiting-approval', 'sent-back'])
  })
})

describe('who approves, as the agency sets it', () => {
  const websitePath = ['work-pr', 'section-admin', 'division-office', 'agency']
  it('the head of the owner’s unit or above (the default)', () => {
    expect(decide('approve', actorWith('head', { unitId: 'division-engineering' }), facts())).toMatchObject({ ok: false, status: 403 })
    expect(decide('approve', actorWith('division-head', { unitId: 'agency' }), facts())).toMatchObject({ ok: true })
  })
  it('the head of the unit responsible for the website, whatever the owner’s unit', () => {
    const approvers = approversOf('website-unit', { request: PATH, websiteUnit: websitePath })
    expect(decide('approve', actorWith('head', { unitId: 'division-finance' }), facts({ approvers }))).toMatchObject({ ok: false, status: 403 })
    expect(decide('approve', actorWith('head', { unitId: 'section-admin' }), facts({ approvers }))).toMatchObject({ ok: true, role: 'head' })
    expect(approvalReach('website-unit', websitePath, actorWith('head', { unitId: 'section-admin' }))).toBe('all')
    expect(approvalReach('website-unit', websitePath, actorWith('head', { unitId: 'division-finance' }))).toBe('none')
  })
  it('the agency head: the executive approves, heads do not', () => {
    const approvers = approversOf('agency-head', { request: PATH, websiteUnit: null })
    expect(decide('approve', actorWith('head'), facts({ approvers }))).toMatchObject({ ok: false, status: 403 })
    expect(decide('approve', actorWith('executive', { unitId: 'agency' }), facts({ approvers }))).toMatchObject({ ok: true, role: 'executive' })
    expect(approvalReach('agency-head', null, actorWith('executive'))).toBe('all')
    expect(approvalReach('owner-unit', null, actorWith('executive'))).toBe('none')
    expect(approvalReach('owner-unit', null, actorWith('head'))).toBe('request-units')
  })
  it('what carries the agency head’s name (the policy announcement) is the agency head’s to approve, whatever the setting', () => {
    expect(approvalSettingFor('owner-unit', { agencyHeadApproves: true })).toBe('agency-head')
    expect(approvalSettingFor('website-unit', { agencyHeadApproves: false })).toBe('website-unit')
    const approvers = approversOf(approvalSettingFor('owner-unit', { agencyHeadApproves: true }), { request: PATH, websiteUnit: null })
    expect(decide('approve', actorWith('head'), facts({ approvers }))).toMatchObject({ ok: false, status: 403 })
    expect(approvesForAgencyHead(actorWith('executive'))).toBe(true)
    expect(approvesForAgencyHead(actorWith('head'))).toBe(false)
  })
})

describe('guards', () => {
  it('no one approves or publishes their own request', () => {
    expect(decide('approve', actorWith('head', { id: 'owner-1' }), facts())).toMatchObject({ ok: false, status: 403 })
    expect(decide('publish', actorWith('webmaster', { id: 'owner-1' }), facts({ state: 'ready-to-publish' }))).toMatchObject({ ok: false, status: 403 })
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
  it('reject, send back, unpublish and placement corrections need a reason; blank does not count', () => {
    expect(decide('reject', actorWith('head'), facts(), { reason: '   ' })).toMatchObject({ ok: false, status: 400 })
    expect(decide('send-back', actorWith('webmaster'), facts({ state: 'ready-to-publish' }))).toMatchObject({ ok: false, status: 400 })
    expect(decide('correct-placement', actorWith('webmaster'), facts({ state: 'ready-to-publish' }))).toMatchObject({ ok: false, status: 400 })
    expect(decide('unpublish', actorWith('webmaster'), facts({ state: 'published' }), { reason: 'หมดความจำเป็น' })).toMatchObject({ ok: true, reason: 'หมดความจำเป็น' })
  })
  it('an unknown action is a bad request', () => {
    expect(decide('delete-everything', actorWith('admin'), facts())).toMatchObject({ ok: false, status: 400 })
  })
})

describe('what waits for whom', () => {
  it('tells each person the actions open to them', () => {
    expect(availableActions(actorWith('head'), facts({ verbalApprovalPending: false }))).toEqual(['approve', 'reject', 'record-verbal-approval'])
    expect(availableActions(actorWith('webmaster'), facts({ state: 'ready-to-publish' }))).toEqual(['refer-for-endorsement', 'correct-placement', 'publish', 'send-back'])
    expect(availableActions(actorWith('owner', { id: 'owner-1' }), facts({ state: 'published' }))).toEqual(['revise'])
  })

  it('a request awaiting approval waits for the heads and division heads of its units, not for webmasters or the owner', () => {
    const awaiting = facts({ verbalApprovalPending: false })
    expect(awaitedSteps(awaiting)).toEqual(['awaiting-approval'])
    expect(isWaitingFor(actorWith('head'), awaiting)).toBe(true)
    expect(isWaitingFor(actorWith('division-head', { unitId: 'agency' }), awaiting)).toBe(true)
    expect(isWaitingFor(actorWith('head', { unitId: 'division-engineering' }), awaiting)).toBe(false)
    expect(isWaitingFor(actorWith('webmaster'), awaiting)).toBe(false)
    expect(isWaitingFor(actorWith('owner', { id: 'owner-1' }), awaiting)).toBe(false)
  })

  it('a webmaster waits on requests ready to publish, not on published items; the owner on what was sent back', () => {
    expect(isWaitingFor(actorWith('webmaster'), facts({ state: 'ready-to-publish' }))).toBe(true)
    expect(isWaitingFor(actorWith('webmaster'), facts({ state: 'published', verbalApprovalPending: false }))).toBe(false)
    expect(isWaitingFor(actorWith('owner', { id: 'owner-1' }), facts({ state: 'sent-back', verbalApprovalPending: false }))).toBe(true)
  })

  it('a pending verbal approval waits for the approver to confirm it, apart from the state’s own step', () => {
    const ready = facts({ state: 'ready-to-publish', verbalApprovalPending: true })
    expect(awaitedSteps(ready).sort()).toEqual(['confirm-verbal-approval', 'ready-to-publish'])
    expect(canTakeStep(actorWith('head'), ready, 'confirm-verbal-approval')).toBe(true)
    expect(canTakeStep(actorWith('head'), ready, 'ready-to-publish')).toBe(false)
    expect(canTakeStep(actorWith('webmaster'), ready, 'ready-to-publish')).toBe(true)
    expect(awaitedSteps(facts({ state: 'published', verbalApprovalPending: false }))).toEqual([])
  })

  it('gives the database the slices of a work list to search', () => {
    expect(waitingSlices(actorWith('webmaster'))).toEqual([
      { states: ['sent-back'], scope: 'owner', needs: {}, notOwn: false }, // their own request, sent back
      { states: ['ready-to-publish'], scope: 'anyone', needs: {}, notOwn: true },
    ])
    expect(waitingSlices(actorWith('head')).find((s) => s.states.includes('published'))).toMatchObject({ scope: 'approvers', needs: { verbalApprovalPending: true } })
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
