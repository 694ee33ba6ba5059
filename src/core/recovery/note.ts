/**
 * The internal notes a recovery leaves on the ticket: the record a team lead reads later — what was planned,
 * why, for how much, who did it, and the operation key that ties the note to the ledger. Plain text only.
 * Wording comes from the caller (the agent's language); this module decides what a note must contain.
 */
import type { BudgetStanding } from '../budget/standing'
import type { Reason } from '../detect/types'
import type { FollowUpDecision } from '../followup/schedule'
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
    `4. ${followUpLine(plan.followUp, plan.needsApproval ? 'note.followUpAfterApproval' : 'note.followUp', writer)}`,
    '',
    t('note.budget', {
      remaining: writer.money(standing.remainingThisMonth),
      monthly: writer.money(standing.monthlyBudget),
    }),
    t('note.operation', { key: plan.operationKey }),
  )
  return lines.join('\n')
}

type ScheduledKey = 'note.followUp' | 'note.followUpAfterApproval' | 'note.followUpOn'

/** The follow-up survey in one line: when, or why there is none (closed ticket, the customer's cooldown). */
function followUpLine(
  followUp: FollowUpDecision | null,
  scheduledKey: ScheduledKey,
  writer: NoteWriter,
): string {
  const { t } = writer
  if (!followUp) return t('note.noFollowUp')
  if (followUp.kind === 'skipped') {
    return followUp.reason === 'closed'
      ? t('note.followUpSkippedClosed')
      : t('note.followUpSkippedCooldown', { ticket: followUp.ticketId, date: writer.date(followUp.date) })
  }
  const line = t(scheduledKey, { date: writer.date(followUp.dueDate), count: followUp.days })
  return followUp.delayedBy
    ? `${line} ${t('note.followUpDelayed', { ticket: followUp.delayedBy.ticketId, date: writer.date(followUp.delayedBy.date) })}`
    : line
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
  /** Approval: the follow-up scheduled with it. */
  followUp: FollowUpDecision | null
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
  if (input.decision === 'approved' && input.followUp) {
    lines.push(followUpLine(input.followUp, 'note.followUpOn', writer))
  }
  lines.push(t('note.operation', { key: input.spendKey }))
  return lines.join('\n')
}

export interface CancelNoteInput {
  actorName: string
  at: string
  operationKey: string
  /** The gesture released from the budget (it was never given), if any. */
  released: Money | null
  followUpCancelled: boolean
}

export function cancelNote(input: CancelNoteInput, writer: NoteWriter): string {
  const { t } = writer
  const lines = [t('note.cancelled', { actor: input.actorName, when: writer.dateTime(input.at) })]
  if (input.followUpCancelled) lines.push(t('note.followUpCancelled'))
  if (input.released) lines.push(t('note.gestureReleased', { amount: writer.money(input.released) }))
  lines.push(t('note.operation', { key: input.operationKey }))
  return lines.join('\n')
}
