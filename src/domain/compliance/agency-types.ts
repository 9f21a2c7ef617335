/**
 * Which indicator sets an agency is assessed on, by its type (ประเภทหน่วยงาน): every public agency on ITA, the
 * Government Website Standard and the Official Information Act; a unit of the Ministry of Public Health on MOPH's
 * MOIT as well. A municipality is not assessed on MOIT.
 */
import type { SetName } from './types'

export const AGENCY_TYPES = ['local-government', 'moph', 'other'] as const
export type AgencyType = (typeof AGENCY_TYPES)[number]

export const AGENCY_TYPE_LABELS: Record<AgencyType, string> = {
  'local-government': 'องค์กรปกครองส่วนท้องถิ่น',
  moph: 'หน่วยงานในสังกัดกระทรวงสาธารณสุข',
  other: 'ส่วนราชการหรือหน่วยงานของรัฐอื่น',
}

const SETS: Record<AgencyType, readonly SetName[]> = {
  'local-government': ['ita', 'gws', 'oia'],
  moph: ['ita', 'moit', 'gws', 'oia'],
  other: ['ita', 'gws', 'oia'],
}

/** The sets an agency of this type is assessed on, in the order the dashboard shows them. */
export const setsAssessed = (type: AgencyType | null | undefined): readonly SetName[] => SETS[type ?? 'other']
