/**
 * GET  /api/policy-announcement?format=pdf|docx — ประกาศ เรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน,
 *      written from the live settings.
 * POST /api/policy-announcement/submit — a webmaster sends the announcement (PDF and DOCX) through the normal
 *      workflow as a publish request; the agency head whose name it carries approves it, and another webmaster
 *      publishes it (MOIT1 evidence).
 */
import type { Endpoint } from 'payload'
import { policyAnnouncement } from '@/domain/policy/announcement'
import { fiscalYearOf, fiscalYearRange } from '@/domain/thai/calendar'
import { CATEGORY } from '@/domain/categories'
import { officialDateWithEra } from '@/domain/thai/days'
import { DOCUMENT_MIME } from '@/documents'
import { policySettings } from '@/server/policy'
import { inTransaction } from '@/server/database'
import { MONITORS, allowed, errorResponse, formatParam } from './http'
import { DOCUMENT_FORMATS, documentResponse, renderDocument } from './documents'

const TITLE = 'แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน'
/** The category and tag under which the announcement counts as MOIT1 evidence (indicator sets, moit-*.json). */
const CATEGORY_CODE = CATEGORY.officialInformation
const TAG = 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ'

export const policyAnnouncementEndpoint: Endpoint = {
  path: '/policy-announcement',
  method: 'get',
  handler: async (req) => {
    const access = allowed(req, MONITORS)
    if ('refusal' in access) return access.refusal
    const format = formatParam(req, DOCUMENT_FORMATS)
    if (format instanceof Response) return format
    const spec = policyAnnouncement(await policySettings(req.payload, new Date()))
    return documentResponse(spec, format, 'policy-announcement', TITLE)
  },
}

export const submitPolicyAnnouncementEndpoint: Endpoint = {
  path: '/policy-announcement/submit',
  method: 'post',
  handler: async (req) => {
    const access = allowed(req, ['webmaster'])
    if ('refusal' in access) return access.refusal
    const { payload } = req
    const issuedAt = new Date()
    const settings = await policySettings(payload, issuedAt)
    const spec = policyAnnouncement(settings)
    const category = (await payload.find({ collection: 'categories', where: { code: { equals: CATEGORY_CODE } }, overrideAccess: true, depth: 0, limit: 1 })).docs[0]
    if (!category) return errorResponse(409, 'ไม่พบหมวดข้อมูลข่าวสารตาม พ.ร.บ.ข้อมูลข่าวสารของราชการ สำหรับเผยแพร่ประกาศ')

    const year = fiscalYearOf(issuedAt)
    const files = await Promise.all(DOCUMENT_FORMATS.map(async (format) => {
      const data = await renderDocument(spec, format)
      return { data, mimetype: DOCUMENT_MIME[format], name: `แนวทางการเผยแพร่ข้อมูลต่อสาธารณะ-${year}.${format}`, size: data.length }
    }))
    // The files and the request together, or nothing.
    const request = await inTransaction(payload, async (tx) => {
      const attachments = []
      for (const file of files) attachments.push((await payload.create({ collection: 'attachments', data: {}, file, req: tx, overrideAccess: true })).id)
      return payload.create({
      collection: 'publish-requests',
      req: tx,
      overrideAccess: true,
      data: {
        title: `ประกาศ${settings.agencyName} เรื่อง ${TITLE} ปีงบประมาณ พ.ศ. ${year}`,
        summary:
          `ประกาศแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน สร้างจากการตั้งค่าที่ระบบใช้บังคับจริง ` +
          `(ผู้รับผิดชอบ หมวดหมู่ ไฟล์ที่อนุญาต ขั้นตอนการอนุมัติ และรอบการกำกับติดตาม) ลงวันที่ ${officialDateWithEra(issuedAt)}`,
        category: category.id,
        sourceOwner: settings.agencyName,
        coverageFrom: issuedAt.toISOString(),
        coverageTo: new Date(fiscalYearRange(year).end.getTime() - 1).toISOString(),
        publishFrom: issuedAt.toISOString(),
        channel: 'other',
        urgent: false,
        emergency: false,
        attachments,
        tags: [TAG],
        agencyHeadApproves: true,
      },
      })
    }, access.user)
    return Response.json({ doc: request, message: 'ส่งประกาศเข้าสู่ขั้นตอนการอนุมัติแล้ว' }, { status: 201 })
  },
}
