/**
 * What a change to one of the agency's pages changed, by the labels of its fields: recorded with its approval and
 * listed in the page's history and the monitoring report. Bookkeeping fields are not content.
 */
const NOT_CONTENT = new Set(['id', 'updatedAt', 'createdAt', '_status', 'globalType', 'proposedBy', 'approvals'])

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

export interface FieldChange {
  label: string
  /** Each version's value as an approver reads it (valueText). */
  before: string
  after: string
}

/** The content fields whose values differ (in the order the labels are given). */
export function fieldChanges(before: object, after: object, labels: Record<string, string>): FieldChange[] {
  const valueOf = (page: object, name: string): unknown => withoutIds((page as Record<string, unknown>)[name])
  return Object.entries(labels).flatMap(([name, label]) =>
    NOT_CONTENT.has(name) || same(valueOf(before, name), valueOf(after, name)) ? [] : [{ label, before: valueText(valueOf(before, name)), after: valueText(valueOf(after, name)) }],
  )
}

/** The labels of the content fields whose values differ. */
export const changedFieldLabels = (before: object, after: object, labels: Record<string, string>): string[] => fieldChanges(before, after, labels).map((change) => change.label)

/** A value as text: a list's rows one per line, a row's parts joined by a dash, nothing as a dash. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–'
  if (Array.isArray(value)) return value.length ? value.map(valueText).join('\n') : '–'
  if (typeof value === 'object') return Object.values(value).filter((part) => part !== null && part !== undefined && part !== '').map(valueText).join(' — ') || '–'
  if (typeof value === 'boolean') return value ? 'ใช่' : 'ไม่ใช่'
  return String(value)
}

/**
 * Array rows get new ids when saved (text ids); what they say is what counts. A related document (a photo) may come
 * as its number or as the whole document (a numeric id): either way it is that document.
 */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds)
  if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'number') return (value as { id: number }).id
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'id').map(([key, v]) => [key, withoutIds(v)]))
  return value
}
