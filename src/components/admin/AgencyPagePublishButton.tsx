/**
 * On an agency page: Payload's publish button ("เผยแพร่การแก้ไข") for those who approve changes (the head responsible
 * for the website, the executive); for those who draft, a line saying the change waits for approval once saved.
 */
import type { ServerProps } from 'payload'
import { PublishButton } from '@payloadcms/ui'
import { approvesAgencyPages } from '@/domain/workflow'
import { actorOf } from '@/access/roles'
import { websiteUnitPath } from '@/globals/agency-page-approval'

export async function AgencyPagePublishButton({ payload, user }: ServerProps) {
  if (!user || !('role' in user)) return null
  if (approvesAgencyPages(actorOf(user), await websiteUnitPath(payload))) return <PublishButton />
  return <p className="khaosan-awaits-approval">บันทึกร่างแล้วรอผู้อนุมัติเผยแพร่</p>
}
