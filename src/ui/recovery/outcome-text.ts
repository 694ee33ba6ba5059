import type { PlanProblem } from '../../core/recovery/plan'
import type { RecoveryFailure, RecoveryOutcome } from '../../core/recovery/transaction'
import type { RecoveryPlan } from '../../core/recovery/types'
import { isHelpdeskError } from '../../helpdesk/errors'
import type { Translator } from '../i18n/translate'
import { dayText, moneyText } from './words'

/** What went wrong with a port call, in the agent's words (the same wording as the sidebar's errors). */
export function errorText(error: unknown, i18n: Translator): string {
  if (!isHelpdeskError(error)) return i18n.t('error.codes.unexpected', { message: String(error) })
  const { details } = error
  return i18n.t(`error.codes.${error.code}`, {
    problem: details.problem ?? error.message,
    seconds: details.retryAfterSeconds ?? 60,
    status: details.status ?? '',
    message: details.problem ?? error.message,
  })
}

export function failureText(failure: RecoveryFailure, i18n: Translator): string {
  const { t, locale } = i18n
  switch (failure.kind) {
    case 'budget_exceeded':
      return t('recovery.outcome.failure.budget_exceeded', {
        remaining: moneyText(failure.standing.remainingThisMonth, locale),
        ticketRemaining: moneyText(failure.standing.remainingOnTicket, locale),
      })
    case 'port':
      return t('recovery.outcome.failure.port', {
        step: t(`recovery.progress.${failure.step}`),
        message: errorText(failure.error, i18n),
      })
    default:
      return t(`recovery.outcome.failure.${failure.kind}`)
  }
}

/** Failures the same plan can finish by retrying (the others need a new plan or nothing at all). */
export function isRetryable(failure: RecoveryFailure): boolean {
  return (
    failure.kind === 'port' || failure.kind === 'conflict_persisted' || failure.kind === 'ledger_not_visible'
  )
}

export function successText(
  outcome: Extract<RecoveryOutcome, { ok: true }>,
  plan: RecoveryPlan,
  i18n: Translator,
) {
  if (plan.needsApproval && plan.gesture) {
    return i18n.t('recovery.outcome.awaitingApproval', {
      amount: moneyText(plan.gesture.amount, i18n.locale),
    })
  }
  const due = outcome.view.fields.followUpDate
  return due
    ? i18n.t('recovery.outcome.started', { date: dayText(due, i18n.locale) })
    : i18n.t('recovery.outcome.startedNoFollowUp')
}

export function problemText(problem: PlanProblem, i18n: Translator): string {
  const params: Record<string, string | number> = {}
  if (problem.kind === 'above_ceiling') params.ceiling = moneyText(problem.ceiling, i18n.locale)
  if (problem.kind === 'wrong_currency') params.currency = problem.expected
  if (problem.kind === 'follow_up_days') params.allowed = problem.allowed.join(', ')
  return i18n.t(`recovery.problems.${problem.kind}`, params)
}
