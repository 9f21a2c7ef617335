/**
 * The agency's pages through approval (src/domain/workflow/agency-pages.ts) as Payload sees them: drafts (Payload's
 * versions with drafts), who may open them, the publish refused to anyone but an approver, the approvers told of a
 * draft waiting for them, and each approval recorded (agency-page-approvals) for the page's history and the
 * monitoring report. Only a published change drops the public pages.
 */
import { APIError, type Access, type GlobalAfterChangeHook, type GlobalBeforeChangeHook, type GlobalConfig, type Payload, type PayloadRequest } from 'payload'
import { AGENCY_PAGES, AGENCY_PAGE_ROLES, agencyPagePublishRefusal, approvesAgencyPages, editsAgencyPages, type AgencyPage } from '@/domain/workflow'
import { changedFieldLabels } from '@/domain/site/page-changes'
import type { User } from '@/payload-types'
import { actorOf, staff } from '@/access/roles'
import { unitPathOf } from '@/collections/publish-requests/facts'
import { publicOrigin } from '@/server/environment'
import { PUBLIC_SITE, recordEvent } from '@/server/events'
import { runWhenCommitted } from '@/server/effects'
import { noticeTo } from '@/server/notify'
import { approvalSettingOf } from '@/server/settings'


/** The unit responsible for the website and every unit above it (null: no such unit is set). */
export async function websiteUnitPath(payload: Payload, req?: PayloadRequest): Promise<string[] | null> {
  const { websiteUnit } = await approvalSettingOf(payload, req)
  return websiteUnit ? unitPathOf(payload, websiteUnit, req) : null
}

/** Those who draft and those who approve open the page (only approvers are offered the publish button: AgencyPagePublishButton). */
const opensAgencyPage: Access = async ({ req }) => {
  const user = staff(req)
  return !!user && editsAgencyPages(actorOf(user), await websiteUnitPath(req.payload, req))
}

/**
 * A save that is not a draft (`?draft=true`, as the admin's "บันทึกร่าง" sends) publishes: only an approver may, and it
 * is marked published whatever the form's status said. The proposer of a draft is kept with it.
 */
const approvalBeforeChange =
  (slug: AgencyPage): GlobalBeforeChangeHook =>
  async ({ data, req }) => {
    const user = staff(req)
    const drafting = String(req.query?.draft) === 'true' && data._status !== 'published'
    if (drafting) return user ? { ...data, proposedBy: user.name } : data
    if (user) {
      const refusal = agencyPagePublishRefusal(actorOf(user), await websiteUnitPath(req.payload, req))
      if (refusal) throw new APIError(refusal, 403, { message: refusal }, true)
      // Read first, then kept: the local API call gives req a new context object.
      const before = await req.payload.findGlobal({ slug, depth: 0, overrideAccess: true, req })
      req.context.agencyPageBefore = before
    }
    return { ...data, _status: 'published' } // the system itself (the demo seed) publishes too
  }

const awaitsKey = (slug: AgencyPage) => `agency-page:${slug}`

/** The page's fields by name, with the labels an approver reads. */
export const fieldLabelsOf = (payload: Payload, slug: AgencyPage): Record<string, string> =>
  Object.fromEntries((payload.globals.config.find((g) => g.slug === slug)?.flattenedFields ?? []).map((field) => [field.name, typeof field.label === 'string' ? field.label : field.name]))

/** What the draft waiting for approval changes on the page as published (the labels of its fields), and who proposed it; null without a draft. */
export async function pendingDraftOf(payload: Payload, slug: AgencyPage): Promise<{ changedFields: string[]; proposedBy: string | null } | null> {
  const [draft, published] = await Promise.all([
    payload.findGlobal({ slug, draft: true, depth: 0, overrideAccess: true }),
    payload.findGlobal({ slug, depth: 0, overrideAccess: true }),
  ])
  if (draft._status !== 'draft') return null
  const changedFields = changedFieldLabels(published, draft, fieldLabelsOf(payload, slug))
  return { changedFields, proposedBy: typeof draft.proposedBy === 'string' && draft.proposedBy ? draft.proposedBy : null }
}

/** The agency pages whose draft waits for this approver (the notices about them not yet done). */
export async function agencyPageDraftsWaitingFor(payload: Payload, user: Pick<User, 'id'>): Promise<{ slug: AgencyPage; title: string }[]> {
  const pages = Object.keys(AGENCY_PAGES) as AgencyPage[]
  const { docs } = await payload.find({
    collection: 'notifications',
    where: { and: [{ recipient: { equals: user.id } }, { awaits: { in: pages.map(awaitsKey) } }, { done: { not_equals: true } }] },
    depth: 0,
    limit: 10,
    overrideAccess: true,
    select: { awaits: true },
  })
  return pages.filter((slug) => docs.some((doc) => doc.awaits === awaitsKey(slug))).map((slug) => ({ slug, title: AGENCY_PAGES[slug] }))
}

/** The approvers, told once per draft waiting; on publication the approval recorded and the public pages dropped after commit. */
const approvalAfterChange =
  (slug: AgencyPage, title: string): GlobalAfterChangeHook =>
  async ({ doc, req }) => {
    const user = staff(req)
    if (doc._status === 'draft') {
      if (user) await askApprovers(req, slug, title, user)
      return doc
    }
    const effects = [PUBLIC_SITE]
    if (user) {
      const before = (req.context.agencyPageBefore ?? {}) as Record<string, unknown>
      const fields = fieldLabelsOf(req.payload, slug)
      await req.payload.create({
        collection: 'agency-page-approvals',
        req,
        overrideAccess: true,
        data: {
          page: slug,
          changedFields: changedFieldLabels(before, doc, fields).join(', ') || 'ไม่มีการเปลี่ยนแปลงเนื้อหา',
          proposedByName: typeof doc.proposedBy === 'string' && doc.proposedBy ? doc.proposedBy : user.name,
          approvedBy: user.id,
          approvedByName: user.name,
          approvedAt: new Date().toISOString(),
        },
      })
      await req.payload.update({ collection: 'notifications', where: { and: [{ awaits: { equals: awaitsKey(slug) } }, { done: { not_equals: true } }] }, data: { done: true, doneAt: new Date().toISOString() }, overrideAccess: true, req })
    }
    runWhenCommitted(req.payload, await recordEvent(req, { kind: 'public-content', summary: `อนุมัติและเผยแพร่การแก้ไข${title}` }, effects))
    return doc
  }

/** A notice (and e-mail) to each approver, unless one about this page still waits for them. */
async function askApprovers(req: PayloadRequest, slug: AgencyPage, title: string, proposer: User) {
  const { payload } = req
  const waiting = await payload.count({ collection: 'notifications', where: { and: [{ awaits: { equals: awaitsKey(slug) } }, { done: { not_equals: true } }] }, overrideAccess: true, req })
  if (waiting.totalDocs > 0) return
  const path = await websiteUnitPath(payload, req)
  const { docs } = await payload.find({ collection: 'users', where: { and: [{ role: { in: ['executive', 'head', 'division-head'] } }, { active: { not_equals: false } }] }, depth: 0, limit: 0, pagination: false, overrideAccess: true, req })
  const approvers = docs.filter((user) => approvesAgencyPages(actorOf(user), path))
  const notice = {
    kind: 'agency-page-draft',
    title: `มีการแก้ไข${title} รอท่านอนุมัติ`,
    message: `${proposer.name} แก้ไข${title}และบันทึกเป็นร่าง การแก้ไขจะปรากฏบนเว็บไซต์เมื่อท่านตรวจและกด “เผยแพร่การเปลี่ยนแปลง”`,
    link: `${publicOrigin()}/admin/globals/${slug}`,
    awaits: awaitsKey(slug),
  }
  runWhenCommitted(payload, await recordEvent(req, { kind: 'notice', summary: notice.title }, approvers.flatMap((user) => noticeTo(user, notice))))
}

/** An agency page as a global edited in drafts and published on approval. */
export function throughApproval(slug: AgencyPage, config: Omit<GlobalConfig, 'slug'>): GlobalConfig {
  const title = AGENCY_PAGES[slug]
  return {
    ...config,
    slug,
    versions: { drafts: true, max: 50 },
    // A draft waits for its approver, who opens the page right after the webmaster saved it: Payload's lock (held
    // for minutes after the editor leaves) would stop them. Changes are drafts, approved one at a time instead.
    lockDocuments: false,
    // Shown to approvers too: their notice of a draft, and the monitoring page's "fix" links, open the page.
    admin: { ...config.admin, hidden: ({ user }) => !user?.role || !AGENCY_PAGE_ROLES.includes(user.role), components: {
        ...config.admin?.components,
        elements: { ...config.admin?.components?.elements, PublishButton: '@/components/admin/AgencyPagePublishButton#AgencyPagePublishButton' },
        // Versions dated in the Buddhist era, none restored past the approver.
        views: { edit: { versions: { Component: '@/components/admin/AgencyPageVersions#AgencyPageVersions' }, version: { Component: '@/components/admin/AgencyPageVersions#AgencyPageVersion' } } },
      },
    },
    access: { read: ({ req }) => !!staff(req), readVersions: opensAgencyPage, update: opensAgencyPage },
    hooks: { beforeChange: [approvalBeforeChange(slug)], afterChange: [approvalAfterChange(slug, title)] },
    fields: [
      ...config.fields,
      // Who proposed the draft being approved (set when a draft is saved).
      { name: 'proposedBy', label: 'ผู้เสนอการแก้ไข', type: 'text', admin: { hidden: true } },
      { name: 'approvals', type: 'ui', admin: { position: 'sidebar', custom: { page: slug }, components: { Field: '@/components/admin/AgencyPageHistory#AgencyPageHistory' } } },
    ],
  }
}
