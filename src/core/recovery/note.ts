/**
 * The internal notes a recovery leaves on the ticket: the record a team lead reads later — what was planned,
 * why, for how much, who did it, and the operation key that ties the note to the ledger. Plain text only.
 * Wording comes from the caller (the agent's language); this module decides what a note must contain.
 */
import type { BudgetStanding } from '../budget/standing'
import type { Reason } from '../detect/types'
import type { Money } from '../money'
import type { RecoveryPlan } from './types'

export interface NoteWriter {
  t(key: string, params?: Record<string, string | number>): string
  /** A reason as the sidebar words it, with its figures ("Waited 2 days for a reply"). */
  reason(reason: Reason): string
  money(amount: Money): string
  /** A date and time for people ("7 Dec 2026, 10:32 UTC"). */
  dateTime(iso: string): string
  /** A calendar date ("14 Dec 2026") from YYYY-MM-DD. */
  date(day: string): string
}

export function startNote(
  plan: RecoveryPlan,
  standing: BudgetStanding,
  reasons: readonly Reason[],
  writer: NoteWriter,
): string {
  const { t } = writer
  const lines = [t('note.started', { agent: plan.agent.name, when: writer.dateTime(plan.startedAt) })]
  if (plan.needsApproval) {
    lines.push(t('note.approvalNeeded', { threshold: writer.money(standing.approvalThreshold) }))
  }
  lines.push(
    t('note.failure', { failure: t(`note.failureType.${plan.failureType}`), severity: plan.severity }),
    t('note.why', {
      reasons: strongestPerCode(reasons)
        .map((reason) => writer.reason(reason))
        .join('; '),
    }),
    '',
    t('note.plan'),
    `1. ${t(plan.apologyInserted ? 'note.apologyInserted' : 'note.apologyNotInserted')}`,
    `2. ${t('note.explanation')}`,
    `3. ${
      plan.gesture
        ? t(plan.gesture.refundPercent !== undefined ? 'note.refund' : 'note.gesture', {
            gesture: t(`note.gestureType.${plan.gesture.type}`),
            amount: writer.money(plan.gesture.amount),
            percent: plan.gesture.refundPercent ?? 100,
          })
        : t('note.noGesture')
    }`,
    `4. ${
      plan.followUp
        ? t(plan.needsApproval ? 'note.followUpAfterApproval' : 'note.followUp', {
            date: writer.date(plan.followUp.dueDate),
            days: plan.followUp.afterDays,
          })
        : t('note.noFollowUp')
    }`,
    '',
    t('note.budget', {
      remaining: writer.money(standing.remainingThisMonth),
      monthly: writer.money(standing.monthlyBudget),
    }),
    t('note.operation', { key: plan.operationKey }),
  )
  return lines.join('\n')
}

/** The first (strongest) reason of each code: one line per kind of problem. */
function strongestPerCode(reasons: readonly Reason[]): Reason[] {
  const seen = new Set<string>()
  return reasons.filter((reason) => !seen.has(reason.code) && seen.add(reason.code))
}

export interface DecisionNoteInput {
  decision: 'approved' | 'rejected' | 'cancelled'
  actorName: string
  at: string
  spendKey: string
  amount: Money | null
  followUpDate: string | null
  reason?: string
}

export function decisionNote(input: DecisionNoteInput, writer: NoteWriter): string {
  const { t } = writer
  const lines = [
    t(`note.decision.${input.decision}`, {
      actor: input.actorName,
      when: writer.dateTime(input.at),
      amount: input.amount ? writer.money(input.amount) : '—',
    }),
  ]
  if (input.reason) lines.push(t('note.decisionReason', { reason: input.reason }))
  if (input.decision === 'approved' && input.followUpDate) {
    lines.push(t('note.followUpOn', { date: writer.date(input.followUpDate) }))
  }
  lines.push(t('note.operation', { key: input.spendKey }))
  return lines.join('\n')
}
