import type { ReasonCode } from './reasons'

export type Sensitivity = 'low' | 'normal' | 'high'

export interface AssessOptions {
  sensitivity?: Sensitivity
  /** Minutes a customer may wait for an agent reply before the wait counts against the ticket. Default 240. */
  replySlaMinutes?: number
  /** ISO time treated as "now". Default: the latest timestamp in the ticket, so the result is deterministic. */
  now?: string
}

export type Level = 'none' | 'watch' | 'recover' | 'urgent'

/**
 * A quote points at the original (not normalised) text. `commentIndex` is the index in `ticket.comments`;
 * it is -1 when the quote comes from the subject or the CSAT comment (see `field`).
 */
export type Evidence =
  | {
      kind: 'quote'
      text: string
      commentIndex: number
      commentId?: string
      field?: 'comment' | 'subject' | 'csat_comment'
    }
  | { kind: 'fact'; text: string }

export interface Reason {
  code: ReasonCode
  /** Contribution to the raw score (already scaled by negation, intensity, recency and arc). */
  weight: number
  evidence: Evidence
  params?: Record<string, string | number>
}

export type FailureType =
  | 'slow_response'
  | 'unresolved_issue'
  | 'repeat_contact'
  | 'poor_service'
  | 'billing_or_refund'
  | 'product_failure'
  | 'other'

export interface Assessment {
  /** true when level is 'recover' or 'urgent'. */
  negative: boolean
  /** 0–100 integer. */
  severity: number
  level: Level
  /** Strongest first. */
  reasons: Reason[]
  failureType: FailureType | null
  /** ISO time of the event (comment, rating or breached wait) behind the strongest reason; null when not negative. */
  detectedAt: string | null
}
