/**
 * Thai demo data for a first start on an empty database (switch off with KHAOSAN_DEMO=off):
 * a municipality and its unit tree, the 22 categories, one user per role, and a year of published items
 * that went through the real workflow.
 */
import { DEFAULT_FILE_POLICY } from '@/domain/files'
import type { Payload } from 'payload'
import { prepareAgency } from './agencies'
import { FIRST_AGENCY_ID } from '@/domain/agencies/agencies'
import { applyTransition } from '@/collections/publish-requests/transition'
import { personOf } from '@/collections/publish-requests/hooks'
import { fiscalYearOf, fiscalYearRange } from '@/domain/thai/calendar'
import type { User } from '@/payload-types'
import { demoDataWanted } from './environment'
import { DEMO_AGENCY, DEMO_COMPLAINT_DUTIES, DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS } from './demo-accounts'
import { SECOND_FACTOR_ROLES } from '@/domain/auth/second-factor'
import { DEMO_COMPLAINTS } from '@/site/demo-complaints'
import { DEMO_HEARINGS } from '@/site/demo-hearings'
import { DEMO_FORMS } from '@/site/demo-forms'
import { fieldOf, readSubmission } from '@/domain/forms/forms'
import { submitForm } from '@/collections/forms/commands'
import { actOnComplaint, fileComplaint } from '@/collections/complaints/commands'
import { demoDocumentPdf, seedAgencyPages, uploadDemoDataset, uploadDemoDocument, uploadDemoImage } from '@/site/demo'
import { demoItems } from '@/site/demo-items'
import { closePdfRenderer } from '@/documents'

const HOUR = 3_600_000
const DAY = 24 * HOUR


interface UnitSeed { name: string; kind: 'agency' | 'division' | 'section' | 'work'; children?: UnitSeed[] }

const UNIT_TREE: UnitSeed = {
  name: DEMO_AGENCY,
  kind: 'agency',
  children: [
    { name: 'สำนักปลัด', kind: 'division', children: [{ name: 'ฝ่ายอำนวยการ', kind: 'section', children: [{ name: 'งานประชาสัมพันธ์', kind: 'work' }, { name: 'งานนิติการ', kind: 'work' }] }, { name: 'ฝ่ายปกครอง', kind: 'section' }] },
    { name: 'กองคลัง', kind: 'division', children: [{ name: 'ฝ่ายบริหารงานคลัง', kind: 'section', children: [{ name: 'งานพัสดุและทรัพย์สิน', kind: 'work' }] }, { name: 'ฝ่ายพัฒนารายได้', kind: 'section' }] },
    { name: 'กองช่าง', kind: 'division', children: [{ name: 'ฝ่ายการโยธา', kind: 'section' }, { name: 'ฝ่ายแบบแผนและก่อสร้าง', kind: 'section' }] },
    { name: 'กองการศึกษา', kind: 'division', children: [{ name: 'ฝ่ายบริหารการศึกษา', kind: 'section' }] },
    { name: 'กองสาธารณสุขและสิ่งแวดล้อม', kind: 'division', children: [{ name: 'ฝ่ายบริการสาธารณสุข', kind: 'section' }, { name: 'ฝ่ายส่งเสริมสาธารณสุขและสิ่งแวดล้อม', kind: 'section' }] },
  ],
}


async function createUnits(payload: Payload, seed: UnitSeed, parent: number | string | null, ids: Map<string, number | string>) {
  const unit = await payload.create({ collection: 'units', data: { name: seed.name, kind: seed.kind, parent: parent as number }, overrideAccess: true })
  ids.set(seed.name, unit.id)
  for (const child of seed.children ?? []) await createUnits(payload, child, unit.id, ids)
}

export async function seedDemoIfEmpty(payload: Payload): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'categories', overrideAccess: true })
  if (totalDocs > 0) return
  // Categories are the site's structure: every agency has them, demo or not.
  await prepareAgency(payload)
  if (!demoDataWanted()) return
  payload.logger.info('ฐานข้อมูลว่าง: กำลังสร้างข้อมูลตัวอย่าง')
  // The demo agency publishes open data: CSV, JSON and XML besides the standard's eight file types.
  await payload.update({ collection: 'agencies', id: FIRST_AGENCY_ID, data: { name: DEMO_AGENCY }, overrideAccess: true })
  await payload.updateGlobal({ slug: 'settings', data: { agencyName: DEMO_AGENCY, agencyType: 'local-government', allowedExtensions: [...DEFAULT_FILE_POLICY.allowedExtensions, 'csv', 'json', 'xml'] }, overrideAccess: true })
  const unitIds = new Map<string, number | string>()
  await createUnits(payload, UNIT_TREE, null, unitIds)
  const users = new Map<string, User>()
  for (const user of DEMO_USERS) {
    const created = await payload.create({
      collection: 'users',
      data: { ...user, unit: unitIds.get(user.unit) as number, complaintDuties: DEMO_COMPLAINT_DUTIES[user.email], password: DEMO_PASSWORD, active: true, superAdmin: user.role === 'admin', ...(SECOND_FACTOR_ROLES.includes(user.role) ? { totpSecret: DEMO_TOTP_SECRET, totpEnabledAt: new Date().toISOString() } : {}) },
      overrideAccess: true,
    })
    if (!users.has(user.role)) users.set(user.role, created) // the first of a role acts for the demo items (division@ for กองคลัง's procurement)
  }
  await seedAgencyPages(payload, DEMO_AGENCY)
  await seedPublishedItems(payload, users)
  await seedComplaints(payload, unitIds)
  await seedHearings(payload)
  await seedForms(payload, unitIds)
}

/** The demo's public hearings (src/site/demo-hearings.ts): comments shown by a moderator, the concluded one with its outcome. */
async function seedHearings(payload: Payload) {
  const now = Date.now()
  const day = (days: number) => new Date(now + days * DAY).toISOString()
  for (const demo of DEMO_HEARINGS) {
    const hearing = await payload.create({ collection: 'hearings', data: { title: demo.title, description: demo.description, opensAt: day(demo.opens), closesAt: day(demo.closes) }, overrideAccess: true, depth: 0 })
    for (const [i, comment] of demo.comments.entries()) {
      await payload.create({ collection: 'hearing-comments', data: { hearing: hearing.id, ...comment, state: 'shown', flags: 0, consentAt: day(demo.opens + i + 1), createdAt: day(demo.opens + i + 1) }, overrideAccess: true, depth: 0 })
    }
    if (demo.outcome) {
      const { summary, changes, daysAgo } = demo.outcome
      await payload.update({ collection: 'hearings', id: hearing.id, data: { outcomeSummary: summary, outcomeChanges: changes, participants: demo.comments.length, outcomePublishedAt: day(-daysAgo) }, overrideAccess: true, depth: 0 })
    }
  }
}

/** The demo's e-forms (src/site/demo-forms.ts), each with a citizen's submission sent through the same command as the site's. */
async function seedForms(payload: Payload, unitIds: Map<string, number | string>) {
  for (const demo of DEMO_FORMS) {
    const form = await payload.create({
      collection: 'e-forms',
      data: { title: demo.title, slug: demo.slug, intro: demo.intro, unit: Number(unitIds.get(demo.unit)), active: true, retentionDays: demo.retentionDays, fields: demo.fields.map((field) => ({ ...field, options: field.options?.join('\n') })) },
      overrideAccess: true,
      depth: 0,
    })
    const fields = form.fields.map(fieldOf)
    for (const sent of demo.sent) {
      const body = Object.fromEntries(fields.map((field) => [field.key, sent.answers[field.label]]).filter(([, value]) => value !== undefined))
      const read = readSubmission(fields, { ...body, consent: 'yes' }, {})
      if (!('answers' in read)) throw new Error(`ข้อมูลตัวอย่างแบบฟอร์ม “${demo.title}”: ${JSON.stringify(read)}`)
      await submitForm(payload, form, read.answers, [], new Date(Date.now() - sent.daysAgo * DAY))
    }
  }
}

/** The demo's complaints (src/site/demo-complaints.ts), filed and handled on their own days by the officers designated for them. */
async function seedComplaints(payload: Payload, unitIds: Map<string, number | string>) {
  const now = new Date()
  const { docs: officers } = await payload.find({ collection: 'users', overrideAccess: true, depth: 0, limit: 0, pagination: false })
  for (const demo of DEMO_COMPLAINTS) {
    const filedAt = new Date(now.getTime() - demo.daysAgo * DAY)
    let complaint = await fileComplaint(payload, { track: demo.track, topic: demo.topic, details: demo.details, place: demo.place ?? '', name: demo.name ?? '', email: '', phone: demo.phone ?? '' }, [], filedAt)
    const officer = officers.find((user) => user.complaintDuties?.includes(demo.track))!
    for (const step of demo.steps) {
      const unit = step.unit ? Number(unitIds.get(step.unit)) : null
      const files = step.document ? [{ name: step.document.file, type: 'application/pdf', bytes: await demoDocumentPdf(step.document) }] : []
      const result = await actOnComplaint(payload, complaint, 'officer', { name: officer.name, user: officer.id }, step.action, { note: step.note, unit, files }, new Date(filedAt.getTime() + step.after * DAY + HOUR))
      if (!result.ok) throw new Error(`ข้อมูลตัวอย่างเรื่องร้องเรียน “${demo.topic}”: ${result.message}`)
      complaint = result.complaint
    }
  }
}


/**
 * The demo's year of publications (src/site/demo-items.ts), each submitted by the owner, approved (and endorsed where
 * its category asks) and published through the workflow as of its own day, with its banner picture or its document
 * printed to PDF attached.
 */
async function seedPublishedItems(payload: Payload, users: Map<string, User>) {
  const owner = users.get('owner')!
  const { docs: categories } = await payload.find({ collection: 'categories', overrideAccess: true, limit: 100, pagination: false })
  const person = (role: string) => personOf(users.get(role)!)
  const now = new Date()
  const items = demoItems(now).sort((a, b) => b.daysAgo - a.daysAgo) // oldest first, as they were published
  try {
    for (const { image, document, openData, daysAgo, coverage, ...item } of items) {
      const category = categories.find((c) => c.code === item.category)!
      const publishedAt = new Date(now.getTime() - daysAgo * DAY)
      const period = coverage ?? fiscalYearRange(fiscalYearOf(publishedAt))
      const picture = image ? { image: await uploadDemoImage(payload, owner, image), imageAlt: image.alt } : {}
      const attachments = document ? { attachments: [await uploadDemoDocument(payload, owner, document)] } : openData ? { attachments: await uploadDemoDataset(payload, owner, item.title, openData), dataset: openData.metadata } : {}
      const request = await payload.create({
        collection: 'publish-requests',
        data: { ...item, ...picture, ...attachments, category: category.id, channel: 'letter', coverageFrom: period.start.toISOString(), coverageTo: new Date(period.end.getTime() - 1).toISOString(), publishFrom: publishedAt.toISOString(), saveAsDraft: true },
        user: owner,
        overrideAccess: true,
      })
      // Submitted on its own day too, before the head approved it: the monitoring report's dates follow one another.
      await applyTransition(payload, request.id, person('owner'), 'submit', {}, new Date(publishedAt.getTime() - 3 * HOUR))
      await applyTransition(payload, request.id, person('head'), 'approve', {}, new Date(publishedAt.getTime() - 2 * HOUR))
      if (category.sensitive) await applyTransition(payload, request.id, person('division-head'), 'endorse', {}, new Date(publishedAt.getTime() - HOUR))
      await applyTransition(payload, request.id, person('webmaster'), 'publish', {}, publishedAt)
    }
  } finally {
    await closePdfRenderer() // the demo's documents were its only use in this process for now: its memory is given back
  }
}
