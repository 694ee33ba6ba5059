/**
 * The impact page's input, helpdesk-neutral: the period's tickets as a search export returns them (their
 * recovery fields already read from tags or fields by the adapter) and the ledger records of the months the
 * period touches. Every metric is a pure function of these.
 */
import type { FollowUpState } from '../followup/schedule'
import type { RatingBefore, RecoveryStatus } from '../recovery/types'

/** The ticket's satisfaction rating as the helpdesk reports it now. */
export type SatisfactionScore = 'good' | 'bad' | 'offered' | 'unoffered'

export interface ImpactTicket {
  id: string
  /** ISO UTC. */
  createdAt: string
  /** Who asked: "recovered customers" are counted by requester. null when unknown. */
  requesterId: string | null
  satisfaction: SatisfactionScore | null
  recoveryStatus: RecoveryStatus | null
  ratingBefore: RatingBefore | null
  ratingAfter: 'good' | 'bad' | null
  followUp: FollowUpState | null
}

/**
 * A period of whole UTC budget months, `[start, end)`. `end` is the first instant after the last month, or
 * "now" when the last month is the current one.
 */
export interface ImpactPeriod {
  /** "YYYY-MM". */
  firstMonth: string
  lastMonth: string
  /** ISO UTC. */
  start: string
  end: string
}
