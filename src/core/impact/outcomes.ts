/**
 * What the recoveries achieved, from the ticket fields the follow-up automations and rating triggers set:
 * - followed up: the follow-up survey was sent, or the customer rated the ticket after the recovery began
 *   (a rating may come before the survey does);
 * - recovery rate: rated good after the recovery, out of those followed up (a survey left unanswered counts
 *   as not recovered: the rate never flatters);
 * - rating before against after: the rating when the recovery started × the rating after it.
 */
import type { RatingBefore } from '../recovery/types'
import type { RecoveryJoin } from './recoveries'

export interface RecoveryRate {
  started: number
  followedUp: number
  answered: number
  good: number
  bad: number
  /** good / followedUp; null when nobody was followed up. */
  rate: number | null
}

export function recoveryRate(join: RecoveryJoin): RecoveryRate {
  let followedUp = 0
  let good = 0
  let bad = 0
  for (const { ticket } of join.started) {
    const after = ticket.ratingAfter
    if (after === null && ticket.followUp?.kind !== 'sent') continue
    followedUp += 1
    if (after === 'good') good += 1
    if (after === 'bad') bad += 1
  }
  return {
    started: join.started.length,
    followedUp,
    answered: good + bad,
    good,
    bad,
    rate: followedUp ? good / followedUp : null,
  }
}

export const BEFORE_VALUES = ['bad', 'good', 'unrated', 'unknown'] as const
export type BeforeValue = (typeof BEFORE_VALUES)[number]
export const AFTER_VALUES = ['good', 'bad', 'none'] as const
export type AfterValue = (typeof AFTER_VALUES)[number]

export interface RatingTransitions {
  /** counts[before][after], for every recovery started. */
  counts: Record<BeforeValue, Record<AfterValue, number>>
  before: Record<BeforeValue, number>
  after: Record<AfterValue, number>
  total: number
}

const beforeOf = (rating: RatingBefore | null): BeforeValue => rating ?? 'unknown'

export function ratingTransitions(join: RecoveryJoin): RatingTransitions {
  const row = (): Record<AfterValue, number> => ({ good: 0, bad: 0, none: 0 })
  const counts = { bad: row(), good: row(), unrated: row(), unknown: row() }
  const before = { bad: 0, good: 0, unrated: 0, unknown: 0 }
  const after = row()
  for (const { ticket } of join.started) {
    const from = beforeOf(ticket.ratingBefore)
    const to: AfterValue = ticket.ratingAfter ?? 'none'
    counts[from][to] += 1
    before[from] += 1
    after[to] += 1
  }
  return { counts, before, after, total: join.started.length }
}
