import { useCallback, useRef, useState } from 'react'
import type { Assessment } from '../../core/detect/types'
import { startNote } from '../../core/recovery/note'
import { buildPlan, newOperationKey, type PlanChoices, type PlanProblem } from '../../core/recovery/plan'
import { startFieldsOf, STEP_NAMES } from '../../core/recovery/steps'
import { runRecovery, type RecoveryOutcome, type StepProgress } from '../../core/recovery/transaction'
import type { RecoveryPlan } from '../../core/recovery/types'
import type { TicketContext } from '../../helpdesk/ports'
import { useI18n } from '../i18n/I18nContext'
import { confirmSummaryOf } from './confirm-summary'
import { followUpContextOf } from './follow-up-context'
import type { RecoveryData } from './load-recovery'
import { noteWriter } from './words'

export type RunPhase =
  | { kind: 'idle'; problems: PlanProblem[]; nothingChanged: boolean }
  | { kind: 'confirming' }
  | { kind: 'running'; steps: StepProgress[] }
  | { kind: 'finished'; outcome: RecoveryOutcome; plan: RecoveryPlan }

const IDLE: RunPhase = { kind: 'idle', problems: [], nothingChanged: false }
const FIRST_STEPS: StepProgress[] = STEP_NAMES.map((step) => ({ step, status: 'pending' }))

function entropy(): string {
  const bytes = new Uint8Array(6)
  crypto.getRandomValues(bytes)
  return [...bytes].map((byte) => byte.toString(36).padStart(2, '0')).join('')
}

/**
 * Start recovery from the sidebar: plan → the confirmation modal → the transaction, with each step's progress.
 * One run at a time (a double click is ignored); Retry re-runs the same plan, with the same operation key, so it
 * finishes what is missing and writes nothing twice.
 */
export function useRecoveryRun(data: RecoveryData, context: TicketContext, assessment: Assessment) {
  const i18n = useI18n()
  const [phase, setPhase] = useState<RunPhase>(IDLE)
  const busy = useRef(false)

  const execute = useCallback(
    async (plan: RecoveryPlan) => {
      setPhase({ kind: 'running', steps: FIRST_STEPS })
      const note = startNote(plan, data.standing, assessment.reasons, noteWriter(i18n))
      const outcome = await runRecovery(plan, data.helpdesk, {
        policy: data.settings.budget,
        note,
        onProgress: (steps) => setPhase({ kind: 'running', steps: [...steps] }),
      })
      setPhase({ kind: 'finished', outcome, plan })
      return outcome
    },
    [data, assessment, i18n],
  )

  const guarded = useCallback(async (work: () => Promise<unknown>) => {
    if (busy.current) return
    busy.current = true
    try {
      await work()
    } finally {
      busy.current = false
    }
  }, [])

  const start = useCallback(
    (choices: PlanChoices) =>
      guarded(async () => {
        const now = new Date()
        const result = buildPlan(choices, {
          ticketId: data.view.ticketId,
          agent: { id: data.actor.id, name: data.actor.name },
          assessment,
          csat: context.snapshot.csat,
          policy: data.settings.budget,
          standing: data.standing,
          now: now.toISOString(),
          operationKey: newOperationKey(data.view.ticketId, now.getTime(), entropy()),
          followUp: followUpContextOf(data),
        })
        if (!result.ok) {
          setPhase({ kind: 'idle', problems: result.problems, nothingChanged: false })
          return
        }
        const { plan } = result
        setPhase({ kind: 'confirming' })
        const note = startNote(plan, data.standing, assessment.reasons, noteWriter(i18n))
        const summary = confirmSummaryOf(
          plan,
          note,
          data.helpdesk.tagsFor(startFieldsOf(plan)),
          data.standing,
          i18n,
        )
        const confirmed = await data.helpdesk.confirmInModal(summary).catch(() => false)
        if (!confirmed) {
          setPhase({ kind: 'idle', problems: [], nothingChanged: true })
          return
        }
        await execute(plan)
      }),
    [guarded, execute, data, assessment, context, i18n],
  )

  /** Finishes a plan already confirmed: a retry, or an interrupted start found on a later visit. */
  const finish = useCallback((plan: RecoveryPlan) => guarded(() => execute(plan)), [guarded, execute])

  const reset = useCallback(() => setPhase(IDLE), [])

  return { phase, start, finish, reset, busy: phase.kind === 'confirming' || phase.kind === 'running' }
}
