/**
 * A set's score for the executive (คะแนนตามชุดตัวชี้วัด): indicators met out of those the set describes (the ones
 * left for the agency to fill in are not counted), rated red, amber or green.
 */
import type { IndicatorResult } from './types'

export type Rating = 'green' | 'amber' | 'red'

export const RATING_LABELS: Record<Rating, string> = { green: 'ดี', amber: 'ต้องเร่งดำเนินการ', red: 'ต่ำกว่าเกณฑ์' }

/** Green from 80 % met, amber from 50 %. */
const GREEN_FROM = 0.8
const AMBER_FROM = 0.5

export interface SetScore {
  met: number
  assessed: number
  /** Indicators the set leaves for the agency to fill in. */
  unspecified: number
  rating: Rating
}

export function scoreOf(results: readonly IndicatorResult[]): SetScore {
  const unspecified = results.filter((r) => r.status === 'unspecified').length
  const assessed = results.length - unspecified
  const met = results.filter((r) => r.status === 'met').length
  const share = assessed === 0 ? 0 : met / assessed
  return { met, assessed, unspecified, rating: share >= GREEN_FROM ? 'green' : share >= AMBER_FROM ? 'amber' : 'red' }
}

/** "19 จาก 23 ตัวชี้วัด (83%)" */
export const scoreText = ({ met, assessed }: SetScore): string => `${met} จาก ${assessed} ตัวชี้วัด (${assessed ? Math.round((met / assessed) * 100) : 0}%)`
