/**
 * Thai demo data for a first start on an empty database (switch off with KHAOSAN_DEMO=off):
 * a municipality and its unit tree, the 22 categories, one user per role, and a few published items
 * that went through the real workflow.
 */
import type { Payload } from 'payload'
import { CATEGORY_DEFINITIONS } from '@/domain/categories'
import { applyTransition } from '@/collections/publish-requests/transition'
import { personOf } from '@/collections/publish-requests/hooks'
import { fiscalYearOf, fiscalYearRange } from '@/domain/thai/calendar'
import type { User } from '@/payload-types'
import { demoDataWanted } from './environment'
import { DEMO_AGENCY, DEMO_PASSWORD, DEMO_USERS } from './demo-accounts'
import { demoItems, seedAgencyPages, uploadDemoImage } from '@/site/demo'


interface UnitSeed { name: string; kind: 'agency' | 'division' | 'section' | 'work'; children?: UnitSeed[] }

const UNIT_TREE: UnitSeed = {
  name: DEMO_AGENCY,
  kind: 'agency',
  children: [
    { name: 'สำนักปลัด', kind: 'division', children: [{ name: 'ฝ่ายอำนวยการ', kind: 'section', children: [{ name: 'งานประชาสัมพันธ์', kind: 'work' }] }, { name: 'ฝ่ายปกครอง', kind: 'section' }] },
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
  // Categories are the site's structure: every install has them, demo or not.
  for (const [order, category] of CATEGORY_DEFINITIONS.entries()) {
    await payload.create({ collection: 'categories', data: { ...category, order }, overrideAccess: true })
  }
  if (!demoDataWanted()) return
  payload.logger.info('ฐานข้อมูลว่าง: กำลังสร้างข้อมูลตัวอย่าง')
  await payload.updateGlobal({ slug: 'settings', data: { agencyName: DEMO_AGENCY, agencyType: 'local-government' }, overrideAccess: true })
  const unitIds = new Map<string, number | string>()
  await createUnits(payload, UNIT_TREE, null, unitIds)
  const users = new Map<string, User>()
  for (const user of DEMO_USERS) {
    const created = await payload.create({
      collection: 'users',
      data: { ...user, unit: unitIds.get(user.unit) as number, password: DEMO_PASSWORD, active: true },
      overrideAccess: true,
    })
    if (!users.has(user.role)) users.set(user.role, created) // the first of a role acts for the demo items (division@ for กองคลัง's procurement)
  }
  await seedAgencyPages(payload, DEMO_AGENCY)
  await seedPublishedItems(payload, users)
}


async function seedPublishedItems(payload: Payload, users: Map<string, User>) {
  const owner = users.get('owner')!
  const { docs: categories } = await payload.find({ collection: 'categories', overrideAccess: true, limit: 100, pagination: false })
  const person = (role: string) => personOf(users.get(role)!)
  const now = new Date()
  const year = fiscalYearRange(fiscalYearOf(now))
  for (const { image, ...item } of demoItems(now)) {
    const category = categories.find((c) => c.code === item.category)!
    const picture = image ? { image: await uploadDemoImage(payload, owner, image.name, image.lines), imageAlt: image.alt } : {}
    const request = await payload.create({
      collection: 'publish-requests',
      data: { ...item, ...picture, category: category.id, channel: 'letter', coverageFrom: year.start.toISOString(), coverageTo: new Date(year.end.getTime() - 1).toISOString(), publishFrom: now.toISOString() },
      user: owner,
      overrideAccess: true,
    })
    await applyTransition(payload, request.id, person('head'), 'approve', {})
    if (category.sensitive) await applyTransition(payload, request.id, person('division-head'), 'endorse', {})
    await applyTransition(payload, request.id, person('webmaster'), 'publish', {})
  }
}
