/**
 * Changes the audit log records as they are made (src/domain/logs/audit.ts): people, units, indicator sets and the
 * settings, each created, changed or deleted — who, from where, and what changed (the values of choices, relations
 * and ticks; only the names of fields holding free text). Written in the change's own transaction.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionAfterOperationHook, FlattenedField, GlobalAfterChangeHook } from 'payload'
import { describeChanges, type EventKind, type NamedField } from '@/domain/logs/audit'
import { PUBLIC_SITE, recordAudit, recordEvent } from '@/server/events'
import { runWhenCommitted } from '@/server/effects'

/** Kept by the system itself, or secret: never described. */
const NOT_DESCRIBED = new Set(['createdAt', 'updatedAt', 'loginAttempts', 'lockUntil', 'totpSecret', 'recoveryCodes', 'totpEnabledAt', 'hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'sessions'])

const labelOf = (label: unknown, name: string): string => (typeof label === 'string' ? label : name)

function namedFields(fields: readonly FlattenedField[]): NamedField[] {
  return fields.flatMap((field): NamedField[] => {
    if (NOT_DESCRIBED.has(field.name) || field.hidden) return []
    const label = labelOf('label' in field ? field.label : undefined, field.name)
    if (field.type === 'select') {
      const labels = new Map(field.options.map((option) => (typeof option === 'string' ? [option, option] : [option.value, labelOf(option.label, option.value)])))
      return [{ name: field.name, label, shown: (value) => (Array.isArray(value) ? value.map((v) => labels.get(String(v)) ?? String(v)).join(', ') || '-' : value == null ? '-' : (labels.get(String(value)) ?? String(value))) }]
    }
    if (field.type === 'checkbox') return [{ name: field.name, label, shown: (value) => (value ? 'ใช่' : 'ไม่ใช่') }]
    if (field.type === 'relationship') return [{ name: field.name, label, shown: (value) => (value == null ? '-' : `หมายเลข ${Array.isArray(value) ? value.join(', ') : String(value)}`) }]
    return [{ name: field.name, label }]
  })
}

/** afterChange and afterDelete of a collection whose changes are recorded: `noun` names one record ("ผู้ใช้"). */
export function audited(kind: EventKind, noun: string, titleField = 'name'): { afterChange: CollectionAfterChangeHook[]; afterDelete: CollectionAfterDeleteHook[] } {
  const titleOf = (doc: Record<string, unknown>) => `${noun} “${String(doc[titleField] ?? doc.id)}”`
  return {
    afterChange: [
      async ({ collection, doc, previousDoc, operation, data, req }) => {
        // A new record is named; a change says what changed.
        const changes = operation === 'create' ? '' : describeChanges(previousDoc, doc, namedFields(collection.flattenedFields))
        const password = operation === 'update' && typeof data?.password === 'string' && data.password ? (changes ? '; รหัสผ่าน' : 'รหัสผ่าน') : ''
        if (operation === 'update' && !changes && !password) return doc
        await recordEvent(req, { kind, summary: `${operation === 'create' ? 'เพิ่ม' : 'แก้ไข'}${titleOf(doc)}${changes || password ? ` (${changes}${password})` : ''}` }, [])
        return doc
      },
    ],
    afterDelete: [
      async ({ doc, req }) => {
        await recordEvent(req, { kind, summary: `ลบ${titleOf(doc)}` }, [])
        return doc
      },
    ],
  }
}

/** afterChange of a global whose changes are recorded (the settings); `publicSite`: every public page shows it. */
export const auditedGlobal =
  (kind: EventKind, noun: string, { publicSite }: { publicSite: boolean }): GlobalAfterChangeHook =>
  async ({ global, doc, previousDoc, req }) => {
    const changes = describeChanges(previousDoc ?? {}, doc, namedFields(global.flattenedFields))
    if (!changes && !publicSite) return doc
    const event = await recordEvent(req, { kind, summary: `แก้ไข${noun}${changes ? ` (${changes})` : ''}` }, publicSite ? [PUBLIC_SITE] : [])
    if (publicSite) runWhenCommitted(req.payload, event)
    return doc
  }

/**
 * afterOperation of a log's own collection (the audit log, the traffic log's days): each time a person reads it —
 * a list in the admin or through the API, one record — the read is itself recorded, as the law asks of logs. The
 * system's own reads (the Local API, with access overridden) are not reads by anyone.
 */
export function recordedReads(noun: string): CollectionAfterOperationHook {
  return async ({ args, operation, req, result }) => {
    if (!req.user || ('overrideAccess' in args && args.overrideAccess)) return result
    if (operation === 'find' && result && 'totalDocs' in result) {
      await recordAudit(req, { kind: 'log', summary: `เปิดดู${noun} (${result.totalDocs.toLocaleString('th-TH')} รายการ หน้า ${result.page ?? 1})` })
    } else if (operation === 'findByID' && result && typeof result === 'object' && 'id' in result) {
      await recordAudit(req, { kind: 'log', summary: `เปิดดู${noun} หมายเลข ${String(result.id)}` })
    }
    return result
  }
}
