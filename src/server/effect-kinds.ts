/** What may follow an event once its transaction has committed (the `effects` collection, src/server/effects.ts). */
export const EFFECT_KINDS = ['public-site', 'notice', 'mail', 'extract-text', 'search-files', 'alerts'] as const
export type EffectKind = (typeof EFFECT_KINDS)[number]

export const EFFECT_KIND_LABELS: Record<EffectKind, string> = {
  'public-site': 'ปรับปรุงหน้าเว็บไซต์สาธารณะ',
  notice: 'แจ้งเตือนในระบบ',
  mail: 'ส่งอีเมล',
  'extract-text': 'อ่านข้อความในไฟล์แนบ',
  'search-files': 'ทำให้ค้นหาข้อความในไฟล์แนบได้',
  alerts: 'แจ้งผู้รับข่าวสารทางอีเมล',
}

/**
 * Left to the sweep (every few seconds) rather than run as soon as their event commits: writing a published item's
 * files' words into the search index takes the database (and this process's thread) a few hundred milliseconds for
 * four large files, which would otherwise hold up the answer to the click that caused it (measured in npm run bench).
 */
export const SWEPT_KINDS: readonly EffectKind[] = ['search-files']

/** The kinds run as soon as their event commits (the rest are the sweep's). */
export const RUN_AT_COMMIT: readonly EffectKind[] = EFFECT_KINDS.filter((kind) => !SWEPT_KINDS.includes(kind))
