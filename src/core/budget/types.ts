/**
 * Gesture budgets and the ledger they are checked against. The ledger is append-only: one entry per spend and
 * one per team-lead decision, each keyed by its operation key. Budgets are summed on read (see ledger.ts),
 * never kept as counters, because the stores we write to have no compare-and-swap.
 */
import type { Money } from '../money'
import type { GestureType } from '../playbook/types'

/** What an admin set in the app settings, in minor units of one currency. */
export interface BudgetPolicy {
  currency: string
  /** The most all gestures on one ticket may add up to. */
  perTicketCap: Money
  /** What one agent may spend in one calendar month (UTC). */
  perAgentMonthly: Money
  /** A gesture above this needs a team lead's approval. */
  approvalThreshold: Money
  allowedGestures: readonly GestureType[]
}

/** A gesture given (or reserved while it waits for approval). Zero for a recovery without money. */
export interface SpendEntry {
  kind: 'spend'
  operationKey: string
  ticketId: string
  agentId: string
  agentName: string
  /** Budget month, UTC, "YYYY-MM". */
  month: string
  amount: Money
  /** null: a recovery without a gesture (recorded so every recovery has a history). */
  gesture: GestureType | null
  needsApproval: boolean
  /** ISO UTC: when the customer's bad experience happened (the impact page's "time to first recovery touch"). */
  negativeAt?: string
  note?: string
}

export type Decision = 'approved' | 'rejected' | 'cancelled'

/** A team lead's approval or rejection of a spend, or its cancellation before it was approved. */
export interface DecisionEntry {
  kind: 'decision'
  /** `<spendKey>:decision` (approval) or `<spendKey>:release` (a gesture never given). */
  operationKey: string
  spendKey: string
  ticketId: string
  /** Who decided. */
  agentId: string
  agentName: string
  month: string
  decision: Decision
  note?: string
}

export type LedgerEntry = SpendEntry | DecisionEntry

/** An entry as the store returns it. `id` and `createdAt` order entries the same way for every reader. */
export type LedgerRecord<Entry extends LedgerEntry = LedgerEntry> = Entry & {
  id: string
  /** ISO UTC, set by the store. */
  createdAt: string
  createdBy: string
}

export type SpendRecord = LedgerRecord<SpendEntry>
export type DecisionRecord = LedgerRecord<DecisionEntry>

/** One approval decision per spend; the ticket's safe update decides who makes it. */
export const decisionKeyFor = (spendKey: string): string => `${spendKey}:decision`
/** Releasing a gesture that was never given, after the recovery started: separate from the approval. */
export const releaseKeyFor = (spendKey: string): string => `${spendKey}:release`
