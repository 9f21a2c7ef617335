import { describe, expect, it } from 'vitest'
import { ACTION_LABELS, ROLE_LABELS, STATE_LABELS, TRANSITIONS } from '../workflow'
import { approvalSteps, dutiesOf } from './workflow-text'

describe('approval steps from the transition table', () => {
  const steps = approvalSteps()

  it('starts with how a request enters, ordinary and emergency', () => {
    expect(steps[0]).toContain(`“${STATE_LABELS['awaiting-approval']}”`)
    expect(steps[0]).toContain(`“${STATE_LABELS['awaiting-screening']}”`)
  })

  it('has one step per state a person acts in, in the workflow order', () => {
    const states = steps.slice(1, -1).map((s) => s.match(/“([^”]+)”/)![1])
    expect(states).toEqual(['awaiting-screening', 'awaiting-approval', 'awaiting-endorsement', 'ready-to-publish', 'sent-back', 'published'].map((s) => STATE_LABELS[s as keyof typeof STATE_LABELS]))
  })

  it('names who acts and marks the actions that need a reason', () => {
    const approval = steps.find((s) => s.includes(STATE_LABELS['awaiting-approval']) && s.startsWith('คำขอ'))!
    expect(approval).toContain(`${ROLE_LABELS.head}หรือ${ROLE_LABELS['division-head']} ${ACTION_LABELS.approve} / ${ACTION_LABELS.reject} (ต้องระบุเหตุผล)`)
    const publish = steps.find((s) => s.includes(`“${STATE_LABELS['ready-to-publish']}”`))!
    expect(publish).toContain(`${ROLE_LABELS.webmaster} ${ACTION_LABELS.publish} / ${ACTION_LABELS['send-back']} (ต้องระบุเหตุผล)`)
    expect(steps.find((s) => s.includes(`“${STATE_LABELS['sent-back']}”`))).toContain(`ผู้ยื่นคำขอ ${ACTION_LABELS.resubmit}`)
  })

  it('gives a step taken in several states once, after the others', () => {
    const confirm = steps.filter((s) => s.includes(ACTION_LABELS['confirm-verbal-approval']))
    expect(confirm).toHaveLength(1)
    expect(steps.at(-1)).toBe(confirm[0])
    expect(confirm[0]).toContain(`ได้ในขั้นตอน “${STATE_LABELS['awaiting-endorsement']}”`)
  })

  it('leaves out withdrawal and the system’s expiry', () => {
    expect(steps.join('\n')).not.toContain(ACTION_LABELS.withdraw)
    expect(steps.join('\n')).not.toContain(ACTION_LABELS.expire)
  })

  it('follows the table: a row added to it shows up', () => {
    const before = approvalSteps().join('\n')
    ;(TRANSITIONS as unknown as object[]).push({ action: 'unpublish', from: ['sent-back'], to: 'unpublished', by: ['executive'], reason: 'required', guards: [] })
    try {
      expect(approvalSteps().join('\n')).not.toBe(before)
      expect(approvalSteps().find((s) => s.includes(`“${STATE_LABELS['sent-back']}”`))).toContain(`${ROLE_LABELS.executive} ${ACTION_LABELS.unpublish}`)
    } finally {
      ;(TRANSITIONS as unknown as object[]).pop()
    }
  })
})

describe('duties of a role', () => {
  it('are the actions the table lets the role take on others’ requests', () => {
    expect(dutiesOf('webmaster')).toEqual([ACTION_LABELS.publish, ACTION_LABELS['send-back'], ACTION_LABELS.unpublish])
    expect(dutiesOf('executive')).toEqual([ACTION_LABELS.screen, ACTION_LABELS.reject])
    expect(dutiesOf('owner')).toEqual([ACTION_LABELS.submit])
    expect(dutiesOf('admin')).toEqual([])
  })
})
