/**
 * A recovery as the helpdesk records it (ticket fields + ledger), and the plan an agent confirms.
 * Helpdesk-neutral: adapters map these to Zendesk custom fields or Freshdesk ticket properties.
 */
import type { DecisionRecord, SpendRecord } from '../budget/types'
import type { ReasonCode } from '../detect/reasons'
import type { FailureType } from '../detect/types'
import type { TicketStatus } from '../model'
import type { Money } from '../money'
import type { FollowUpDecision, FollowUpState } from '../followup/schedule'
import type { GestureType } from '../playbook/types'

export const RECOVERY_STATUSES = [
  'needed',
  'approval_needed',
  'active',
  'recovered',
  'not_recovered',
  'rejected',
  'cancelled',
] as const
export type RecoveryStatus = (typeof RECOVERY_STATUSES)[number]

/** A recovery in one of these states is still running: a second one must not start on the same ticket. */
export const OPEN_RECOVERY_STATUSES: readonly RecoveryStatus[] = ['approval_needed', 'active']

export type RatingBefore = 'good' | 'bad' | 'unrated'

/** The recovery fields the app keeps on a ticket. */
export interface RecoveryFields {
  status: RecoveryStatus | null
  /** The operation key of the recovery last applied to the ticket. */
  operationKey: string | null
  gesture: GestureType | null
  amount: Money | null
  /** YYYY-MM-DD (the helpdesk's date field format): the earliest day the follow-up survey goes out. */
  followUpDate: string | null
  followUpState: FollowUpState | null
  ratingBefore: RatingBefore | null
  /** The rating given after the recovery started, and whether it changed the ticket's rating or was its first. */
  ratingAfter: 'good' | 'bad' | null
  ratingChange: 'changed' | 'second' | null
  severity: number | null
}

export const EMPTY_RECOVERY_FIELDS: RecoveryFields = {
  status: null,
  operationKey: null,
  gesture: null,
  amount: null,
  followUpDate: null,
  followUpState: null,
  ratingBefore: null,
  ratingAfter: null,
  ratingChange: null,
  severity: null,
}

/** The ticket as a writer needs it: fresh fields and the token that guards against stale writes. */
export interface TicketRecoveryView {
  ticketId: string
  /** Opaque stale-write token (Zendesk: the ticket's updated_at for `safe_update`). */
  version: string
  ticketStatus: TicketStatus
  fields: RecoveryFields
}

/** One ticket update: field values and an internal note, applied together or not at all. */
export interface TicketPatch {
  fields: Partial<RecoveryFields>
  internalNote: string
}

export interface Actor {
  id: string
  name: string
  /** 'admin', 'agent', or a custom role id as the helpdesk reports it. */
  role: string
  groups: ReadonlyArray<{ id: string; name: string }>
}

/** What the agent confirmed in the modal. Everything the transaction writes is derived from it. */
export interface RecoveryPlan {
  operationKey: string
  ticketId: string
  agent: { id: string; name: string }
  gesture: { type: GestureType; amount: Money; refundPercent?: number } | null
  needsApproval: boolean
  /** null: the agent chose no follow-up. */
  followUp: FollowUpDecision | null
  /** ISO UTC: the event behind the assessment (comment, rating, breached wait); null when none is known. */
  negativeAt: string | null
  failureType: FailureType
  severity: number
  reasons: ReasonCode[]
  ratingBefore: RatingBefore
  apologyInserted: boolean
  /** ISO UTC, when the agent confirmed. */
  startedAt: string
  /** Budget month of the spend, "YYYY-MM" (UTC). */
  month: string
  currency: string
}

/** What the sidebar shows on a later visit instead of a fresh suggestion. */
export type RecoveryState =
  | { kind: 'none' }
  | {
      /** A spend is in the ledger but the ticket was never updated: an interrupted start. */
      kind: 'interrupted'
      spend: SpendRecord
    }
  | {
      kind: 'recorded'
      status: RecoveryStatus
      fields: RecoveryFields
      spend: SpendRecord | null
      decision: DecisionRecord | null
      /** The gesture released from the budget when the recovery was cancelled before it was given. */
      release: DecisionRecord | null
    }
