/**
 * Start recovery, as a resumable transaction over a RecoveryPort (steps.ts explains the order).
 * Running it again with the same plan — a retry, a double click, a reload, a second tab — never writes anything
 * twice: the ledger entry is keyed by the operation key, and the ticket's recovery id says the update landed.
 * A failure leaves the ticket and the ledger consistent: either the spend is withdrawn, or it stays reserved and
 * the sidebar offers Retry (which finishes the rest) or Cancel (which withdraws it).
 */
import { settle, verdictOf } from '../budget/ledger'
import { standingFor, type BudgetStanding } from '../budget/standing'
import type { BudgetPolicy } from '../budget/types'
import { failureCodeOf, type PortFailureCode, type RecoveryPort } from './port'
import { needsBudgetCheck, spendEntryOf, startPatchOf, STEP_NAMES, type StepName } from './steps'
import { OPEN_RECOVERY_STATUSES, type RecoveryPlan, type TicketRecoveryView } from './types'

export type StepStatus = 'pending' | 'running' | 'done' | 'skipped' | 'failed'

export interface StepProgress {
  step: StepName
  status: StepStatus
  /** Set when a retry found the step already done by an earlier attempt. */
  alreadyDone?: boolean
}

export type RecoveryFailure =
  | { kind: 'ticket_closed'; spendWithdrawn: boolean }
  | { kind: 'another_recovery'; operationKey: string | null; spendWithdrawn: boolean }
  | { kind: 'budget_exceeded'; standing: BudgetStanding; spendWithdrawn: boolean }
  | { kind: 'conflict_persisted' }
  | { kind: 'ledger_not_visible' }
  | { kind: 'port'; step: StepName; code: PortFailureCode; error: unknown }

export type RecoveryOutcome =
  | { ok: true; steps: StepProgress[]; view: TicketRecoveryView }
  | { ok: false; steps: StepProgress[]; failure: RecoveryFailure }

export interface RunOptions {
  policy: BudgetPolicy
  /** The internal note recording the plan (composed by the caller in the agent's language). */
  note: string
  onProgress?: (steps: readonly StepProgress[]) => void
  /** Safe-update conflicts (another change landed first) re-read and re-apply this many times. */
  maxConflictRetries?: number
}

class Progress {
  readonly steps: StepProgress[] = STEP_NAMES.map((step) => ({ step, status: 'pending' }))
  constructor(private readonly listener?: (steps: readonly StepProgress[]) => void) {}

  set(step: StepName, status: StepStatus, alreadyDone = false): void {
    const entry = this.steps.find((candidate) => candidate.step === step)
    if (!entry) return
    entry.status = status
    if (alreadyDone) entry.alreadyDone = true
    this.listener?.(this.steps.map((item) => ({ ...item })))
  }

  snapshot(): StepProgress[] {
    return this.steps.map((item) => ({ ...item }))
  }
}

/** Thrown inside the run to stop at a step with an outcome; never escapes runRecovery. */
class Stop {
  constructor(readonly failure: RecoveryFailure) {}
}

function otherOpenRecovery(view: TicketRecoveryView, plan: RecoveryPlan): boolean {
  return (
    view.fields.status !== null &&
    OPEN_RECOVERY_STATUSES.includes(view.fields.status) &&
    view.fields.operationKey !== plan.operationKey
  )
}

export async function runRecovery(
  plan: RecoveryPlan,
  port: RecoveryPort,
  options: RunOptions,
): Promise<RecoveryOutcome> {
  const progress = new Progress(options.onProgress)
  let current: StepName = 'check_ticket'
  const step = async <T>(name: StepName, work: () => Promise<T>): Promise<T> => {
    current = name
    progress.set(name, 'running')
    const result = await work()
    progress.set(name, 'done')
    return result
  }
  /**
   * Our spend must not outlive a recovery that will not happen (idempotent: absent is fine). If withdrawing
   * fails, the spend stays reserved — never over-spent — and the sidebar offers to withdraw it again.
   */
  const withdrawOwnSpend = () =>
    port.ledger.withdraw(plan.operationKey).then(
      () => true,
      () => false,
    )
  const refuseIfBlocked = async (view: TicketRecoveryView) => {
    if (view.ticketStatus === 'closed') {
      throw new Stop({ kind: 'ticket_closed', spendWithdrawn: await withdrawOwnSpend() })
    }
    if (otherOpenRecovery(view, plan)) {
      const spendWithdrawn = await withdrawOwnSpend()
      throw new Stop({ kind: 'another_recovery', operationKey: view.fields.operationKey, spendWithdrawn })
    }
  }

  try {
    let view = await step('check_ticket', () => port.readTicket(plan.ticketId))
    if (view.fields.operationKey === plan.operationKey) {
      for (const name of STEP_NAMES.slice(1)) progress.set(name, 'done', true)
      return { ok: true, steps: progress.snapshot(), view }
    }
    await refuseIfBlocked(view)

    await step('record_spend', () => port.ledger.record(spendEntryOf(plan)))

    if (needsBudgetCheck(plan)) {
      await step('check_budget', async () => {
        const records = await port.ledger.listMonth(plan.month)
        const caps = {
          perTicket: options.policy.perTicketCap,
          perAgentMonthly: options.policy.perAgentMonthly,
        }
        const verdict = verdictOf(settle(records, caps), plan.operationKey)
        if (verdict === 'absent') throw new Stop({ kind: 'ledger_not_visible' })
        if (verdict === 'refused') {
          const spendWithdrawn = await withdrawOwnSpend()
          const others = records.filter((record) => record.operationKey !== plan.operationKey)
          throw new Stop({
            kind: 'budget_exceeded',
            standing: standingFor(options.policy, others, plan.agent.id, plan.ticketId),
            spendWithdrawn,
          })
        }
      })
    } else {
      progress.set('check_budget', 'skipped')
    }

    const patch = startPatchOf(plan, options.note)
    const attempts = 1 + (options.maxConflictRetries ?? 3)
    view = await step('update_ticket', async () => {
      let latest = view
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await port.updateTicket(plan.ticketId, patch, latest.version)
        } catch (error) {
          if (failureCodeOf(error) !== 'conflict') throw error
          // Someone else changed the ticket: look again, never overwrite what they did.
          latest = await port.readTicket(plan.ticketId)
          if (latest.fields.operationKey === plan.operationKey) return latest
          await refuseIfBlocked(latest)
          if (attempt >= attempts) throw new Stop({ kind: 'conflict_persisted' })
        }
      }
    })
    return { ok: true, steps: progress.snapshot(), view }
  } catch (error) {
    progress.set(current, 'failed')
    const failure: RecoveryFailure =
      error instanceof Stop
        ? error.failure
        : { kind: 'port', step: current, code: failureCodeOf(error), error }
    return { ok: false, steps: progress.snapshot(), failure }
  }
}
