import { describe, expect, it } from 'vitest'
import { ACTION_LABELS, APPROVAL_SETTING_LABELS, ROLE_LABELS, STATE_LABELS, TRANSITIONS } from '../workflow'
import { approvalSteps, dutiesOf } from './workflow-text'

describe('approval steps from the transition table', () => {
  const steps = approvalSteps('owner-unit')

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
    expect(approval).toContain(`${APPROVAL_SETTING_LABELS['owner-unit']} ${ACTION_LABELS.approve} / ${ACTION_LABELS.reject} (ต้องระบุเหตุผล)`)
    expect(approvalSteps('agency-head').find((s) => s.includes(STATE_LABELS['awaiting-approval']) && s.startsWith('คำขอ'))).toContain(`${APPROVAL_SETTING_LABELS['agency-head']} ${ACTION_LABELS.approve}`)
    const publish = steps.find((s) => s.includes(`“${STATE_LABELS['ready-to-publish']}”`))!
    expect(publish).toContain(`${ACTION_LABELS.publish} / ${ACTION_LABELS['send-back']} (ต้องระบุเหตุผล)`)
    expect(publish).toContain(`${ROLE_LABELS.webmaster} ${ACTION_LABELS['correct-placement']} (ต้องระบุเหตุผล)`)
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
    const before = approvalSteps('owner-unit').join('\n')
    ;(TRANSITIONS as unknown as object[]).push({ action: 'unpublish', from: ['sent-back'], to: 'unpublished', by: ['executive'], scope: 'anyone', kind: 'maintenance', reason: 'required', guards: [] })
    try {
      expect(approvalSteps('owner-unit').join('\n')).not.toBe(before)
      expect(approvalSteps('owner-unit').find((s) => s.includes(`“${STATE_LABELS['sent-back']}”`))).toContain(`${ROLE_LABELS.executive} ${ACTION_LABELS.unpublish}`)
    } finally {
      ;(TRANSITIONS as unknown as object[]).pop()
    }
  })
})

describe('duties of a role', () => {
  it('are the actions the table lets the role take on others’ requests', () => {
    const { publish, unpublish, screen, reject, approve, revise } = ACTION_LABELS
    expect(dutiesOf('webmaster', 'owner-unit')).toEqual([ACTION_LABELS['record-verbal-approval'], ACTION_LABELS['correct-placement'], ACTION_LABELS['refer-for-endorsement'], publish, ACTION_LABELS['send-back'], revise, unpublish])
    expect(dutiesOf('executive', 'owner-unit')).toEqual([screen, reject, ACTION_LABELS['record-verbal-approval']])
    expect(dutiesOf('executive', 'agency-head')).toEqual([screen, reject, approve, ACTION_LABELS['record-verbal-approval'], ACTION_LABELS['confirm-verbal-approval']])
    expect(dutiesOf('owner', 'owner-unit')).toEqual([ACTION_LABELS.submit])
    expect(dutiesOf('admin', 'owner-unit')).toEqual([])
  })
})
