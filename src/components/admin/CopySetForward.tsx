'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { PostButton } from './PostButton'

/** On a stored indicator set: copy it to the next fiscal year, to edit when that year's list is announced. */
export function CopySetForward() {
  const { id } = useDocumentInfo()
  if (!id) return null
  return <PostButton url={`/api/indicator-sets/${id}/copy-forward`} label="คัดลอกเป็นชุดของปีงบประมาณถัดไป" openCreated="/admin/collections/indicator-sets" />
}
