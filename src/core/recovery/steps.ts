/**
 * Plan → the writes that apply it. The order matters and is the same on every retry:
 *   1. check_ticket   read the ticket fresh: already applied? closed? another recovery running?
 *   2. record_spend   the ledger entry (keyed by the operation key, so writing it twice leaves one record)
 *   3. check_budget   re-sum the month; a spend the tie-break refuses is withdrawn before the ticket changes
 *   4. update_ticket  fields + internal note in ONE safe update: all of it lands once, or none of it
 * The ticket is written last because it is the only store with compare-and-swap: it decides races between
 * agents, and its recovery id field says "this operation is done" to every later retry.
 */
import type { SpendEntry } from '../budget/types'
import type { FollowUpDecision } from '../followup/schedule'
import { money } from '../money'
import type { RecoveryFields, RecoveryPlan, TicketPatch } from './types'

export const STEP_NAMES = ['check_ticket', 'record_spend', 'check_budget', 'update_ticket'] as const
export type StepName = (typeof STEP_NAMES)[number]

export function spendEntryOf(plan: RecoveryPlan): SpendEntry {
  return {
    kind: 'spend',
    operationKey: plan.operationKey,
    ticketId: plan.ticketId,
    agentId: plan.agent.id,
    agentName: plan.agent.name,
    month: plan.month,
    amount: plan.gesture?.amount ?? money(0, plan.currency),
    gesture: plan.gesture?.type ?? null,
    needsApproval: plan.needsApproval,
    ...(plan.negativeAt ? { negativeAt: plan.negativeAt } : {}),
    ...(plan.gesture?.refundPercent !== undefined ? { note: `refund ${plan.gesture.refundPercent}%` } : {}),
  }
}

/** The follow-up fields for a decision: the date and the state (its tag is what the automation waits for). */
export function followUpFieldsOf(
  followUp: FollowUpDecision | null,
): Pick<RecoveryFields, 'followUpDate' | 'followUpState'> {
  if (!followUp) return { followUpDate: null, followUpState: null }
  if (followUp.kind === 'skipped') return { followUpDate: null, followUpState: { kind: 'skipped' } }
  return { followUpDate: followUp.dueDate, followUpState: { kind: 'scheduled', days: followUp.days } }
}

/** The ticket fields a started recovery sets; the follow-up waits for approval when one is needed. */
export function startFieldsOf(plan: RecoveryPlan): Partial<RecoveryFields> {
  return {
    status: plan.needsApproval ? 'approval_needed' : 'active',
    operationKey: plan.operationKey,
    gesture: plan.gesture?.type ?? null,
    amount: plan.gesture?.amount ?? null,
    ...followUpFieldsOf(plan.needsApproval ? null : plan.followUp),
    ratingBefore: plan.ratingBefore,
    ratingAfter: null,
    ratingChange: null,
    severity: plan.severity,
  }
}

export function startPatchOf(plan: RecoveryPlan, internalNote: string): TicketPatch {
  return { fields: startFieldsOf(plan), internalNote }
}

/** A recovery without money needs no budget check: nothing can cross a cap. */
export function needsBudgetCheck(plan: RecoveryPlan): boolean {
  return (plan.gesture?.amount.amountMinor ?? 0) > 0
}
