/**
 * From the agent's edited playbook to the plan they confirm: checks what they chose against the budget and the
 * admin's rules, fixes the operation key, the budget month and the follow-up date. Pure; every number in it is
 * what the transaction will write.
 */
import { budgetMonthOf } from '../budget/month'
import { needsApproval, type BudgetStanding } from '../budget/standing'
import type { BudgetPolicy, SpendRecord } from '../budget/types'
import type { Assessment } from '../detect/types'
import type { CsatRating } from '../model'
import {
  FOLLOW_UP_DELAYS,
  isFollowUpDelay,
  scheduleFollowUp,
  type FollowUpDelay,
  type OtherFollowUp,
} from '../followup/schedule'
import { compare, zero, type Money } from '../money'
import type { GestureType } from '../playbook/types'
import type { RatingBefore, RecoveryPlan } from './types'

export interface PlanChoices {
  gesture: { type: GestureType; amount: Money; refundPercent?: number } | null
  /** null: no follow-up survey. */
  followUpDays: FollowUpDelay | null
  apologyInserted: boolean
}

export interface PlanContext {
  ticketId: string
  agent: { id: string; name: string }
  assessment: Assessment
  csat: CsatRating | null
  policy: BudgetPolicy
  standing: BudgetStanding
  /** ISO UTC: when the agent confirmed. */
  now: string
  operationKey: string
  /** What the survey cooldown needs: the customer's follow-ups on their other tickets. */
  followUp: FollowUpContext
}

export interface FollowUpContext {
  cooldownDays: number
  others: readonly OtherFollowUp[]
  ticketClosed: boolean
}

export type PlanProblem =
  | { kind: 'gesture_not_allowed'; gesture: GestureType }
  | { kind: 'amount_missing' }
  | { kind: 'wrong_currency'; expected: string }
  | { kind: 'above_ceiling'; ceiling: Money }
  | { kind: 'follow_up_days'; allowed: readonly number[] }

export type PlanResult = { ok: true; plan: RecoveryPlan } | { ok: false; problems: PlanProblem[] }

/** A key no other recovery shares: the ticket, the moment and random entropy (from the caller: core has no I/O). */
export function newOperationKey(ticketId: string, nowMs: number, entropy: string): string {
  const cleanEntropy = entropy
    .toLowerCase()
    .replace(/[^0-9a-z]/g, '')
    .slice(0, 10)
  if (cleanEntropy.length < 6) throw new RangeError('operation keys need at least 6 characters of entropy')
  return `ta-${ticketId}-${nowMs.toString(36)}-${cleanEntropy}`
}

export function addDaysUtc(iso: string, days: number): string {
  const date = new Date(Date.parse(iso) + days * 86_400_000)
  return date.toISOString().slice(0, 10)
}

export function ratingBeforeOf(csat: CsatRating | null): RatingBefore {
  return csat?.score === 'bad' ? 'bad' : csat?.score === 'good' ? 'good' : 'unrated'
}

export function buildPlan(choices: PlanChoices, context: PlanContext): PlanResult {
  const problems: PlanProblem[] = []
  const { gesture } = choices
  const currency = context.policy.currency
  if (gesture) {
    if (!context.policy.allowedGestures.includes(gesture.type)) {
      problems.push({ kind: 'gesture_not_allowed', gesture: gesture.type })
    }
    if (gesture.amount.currency !== currency) problems.push({ kind: 'wrong_currency', expected: currency })
    else if (compare(gesture.amount, zero(currency)) <= 0) problems.push({ kind: 'amount_missing' })
    else if (compare(gesture.amount, context.standing.ceiling) > 0) {
      problems.push({ kind: 'above_ceiling', ceiling: context.standing.ceiling })
    }
  }
  const days = choices.followUpDays
  if (days !== null && !isFollowUpDelay(days)) {
    problems.push({ kind: 'follow_up_days', allowed: FOLLOW_UP_DELAYS })
  }
  if (problems.length) return { ok: false, problems }

  const { assessment } = context
  return {
    ok: true,
    plan: {
      operationKey: context.operationKey,
      ticketId: context.ticketId,
      agent: context.agent,
      gesture,
      needsApproval: gesture !== null && needsApproval(gesture.amount, context.policy),
      followUp:
        days === null
          ? null
          : scheduleFollowUp({
              now: context.now,
              delayDays: days,
              cooldownDays: context.followUp.cooldownDays,
              ticketId: context.ticketId,
              ticketClosed: context.followUp.ticketClosed,
              others: context.followUp.others,
            }),
      failureType: assessment.failureType ?? 'other',
      severity: assessment.severity,
      reasons: [...new Set(assessment.reasons.map((reason) => reason.code))],
      ratingBefore: ratingBeforeOf(context.csat),
      negativeAt: assessment.detectedAt,
      apologyInserted: choices.apologyInserted,
      startedAt: context.now,
      month: budgetMonthOf(context.now),
      currency,
    },
  }
}

/**
 * The plan to finish an interrupted start from its ledger entry: same operation key, same gesture, same budget
 * month, so finishing it writes what the first attempt would have, and nothing twice.
 */
export function resumePlanOf(
  spend: SpendRecord,
  context: Pick<PlanContext, 'assessment' | 'csat' | 'now' | 'followUp'> & {
    followUpDays: FollowUpDelay | null
    currency: string
  },
): RecoveryPlan {
  const { assessment } = context
  const refund = spend.note ? /^refund (\d+)%$/.exec(spend.note) : null
  return {
    operationKey: spend.operationKey,
    ticketId: spend.ticketId,
    agent: { id: spend.agentId, name: spend.agentName },
    gesture:
      spend.gesture && spend.amount.amountMinor > 0
        ? {
            type: spend.gesture,
            amount: spend.amount,
            ...(refund ? { refundPercent: Number(refund[1]) } : {}),
          }
        : null,
    needsApproval: spend.needsApproval,
    followUp:
      context.followUpDays === null
        ? null
        : scheduleFollowUp({
            now: context.now,
            delayDays: context.followUpDays,
            cooldownDays: context.followUp.cooldownDays,
            ticketId: spend.ticketId,
            ticketClosed: context.followUp.ticketClosed,
            others: context.followUp.others,
          }),
    failureType: assessment.failureType ?? 'other',
    severity: assessment.severity,
    reasons: [...new Set(assessment.reasons.map((reason) => reason.code))],
    ratingBefore: ratingBeforeOf(context.csat),
    negativeAt: spend.negativeAt ?? assessment.detectedAt,
    apologyInserted: false,
    startedAt: spend.createdAt,
    month: spend.month,
    currency: context.currency,
  }
}
