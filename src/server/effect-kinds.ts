/** What may follow an event once its transaction has committed (the `effects` collection, src/server/effects.ts). */
export const EFFECT_KINDS = ['public-site', 'notice', 'mail', 'extract-text', 'search-files'] as const
export type EffectKind = (typeof EFFECT_KINDS)[number]

export const EFFECT_KIND_LABELS: Record<EffectKind, string> = {
  'public-site': 'ปรับปรุงหน้าเว็บไซต์สาธารณะ',
  notice: 'แจ้งเตือนในระบบ',
  mail: 'ส่งอีเมล',
  'extract-text': 'อ่านข้อความในไฟล์แนบ',
  'search-files': 'ทำให้ค้นหาข้อความในไฟล์แนบได้',
}
