'use client'
/**
 * A new publish request's two ways out, said plainly: "ส่งคำขอ" sends it to the approver, "บันทึกร่าง" keeps it
 * as the owner's draft (the `saveAsDraft` the create hook reads). A request already made keeps Payload's save.
 */
import { Button, SaveButton, useDocumentInfo, useForm } from '@payloadcms/ui'

export function SubmitOrSaveDraft() {
  const { id } = useDocumentInfo()
  const { submit } = useForm()
  if (id) return <SaveButton />
  return (
    <>
      <Button buttonStyle="secondary" size="medium" id="action-save-draft" onClick={() => void submit({ overrides: { saveAsDraft: true } })}>
        บันทึกร่าง
      </Button>
      <Button buttonStyle="primary" size="medium" id="action-save" onClick={() => void submit({ overrides: { saveAsDraft: false } })}>
        ส่งคำขอ
      </Button>
    </>
  )
}
