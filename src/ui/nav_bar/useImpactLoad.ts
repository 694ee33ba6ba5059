import { useCallback, useEffect, useRef, useState } from 'react'
import type { BudgetPolicy } from '../../core/budget/types'
import { periodOf } from '../../core/impact/period'
import { computeImpact, type ImpactReport } from '../../core/impact/report'
import type { ImpactPeriod } from '../../core/impact/types'
import type {
  ImpactConnection,
  ImpactLoader,
  ImpactLoadResult,
  ImpactProgress,
  MissingPart,
} from '../../helpdesk/impact-ports'
import type { HelpdeskError } from '../../helpdesk/errors'

export type ImpactView =
  | { status: 'loading'; progress: ImpactProgress | null }
  | { status: 'complete'; report: ImpactReport; progress: ImpactProgress }
  | {
      status: 'partial'
      reason: 'cancelled' | 'failed'
      error: HelpdeskError | null
      missing: MissingPart[]
      /** The numbers for the newest complete months, when any are complete. */
      report: ImpactReport | null
      progress: ImpactProgress
    }

function viewOf(
  result: ImpactLoadResult,
  period: ImpactPeriod,
  policy: BudgetPolicy,
  now: string,
): ImpactView {
  if (result.status === 'complete') {
    return {
      status: 'complete',
      report: computeImpact({ period, tickets: result.tickets, ledger: result.ledger, policy }),
      progress: result.progress,
    }
  }
  const first = result.completeMonths[0]
  // Only whole months whose tickets and ledger are both loaded are computed, as a shorter period of their own.
  const report = first
    ? computeImpact({
        period: periodOf(first, period.lastMonth, now),
        tickets: result.tickets,
        ledger: result.ledger,
        policy,
      })
    : null
  return {
    status: 'partial',
    reason: result.reason.kind,
    error: result.reason.kind === 'failed' ? result.reason.error : null,
    missing: result.missing,
    report,
    progress: result.progress,
  }
}

/**
 * Loads a period and keeps its loader, so Retry continues where a failure or a Cancel stopped. A new period
 * cancels the load in progress.
 */
export function useImpactLoad(
  connection: ImpactConnection,
  policy: BudgetPolicy,
  period: ImpactPeriod,
  now: string,
) {
  const [view, setView] = useState<ImpactView>({ status: 'loading', progress: null })
  const loaderRef = useRef<{ period: ImpactPeriod; loader: ImpactLoader } | null>(null)
  const controllerRef = useRef<AbortController | null>(null)

  const run = useCallback(() => {
    controllerRef.current?.abort()
    const controller = new AbortController()
    controllerRef.current = controller
    if (loaderRef.current?.period !== period) {
      loaderRef.current = { period, loader: connection.loader(period, now) }
    }
    const { loader } = loaderRef.current
    setView((previous) => ({ status: 'loading', progress: previous.progress }))
    void loader
      .load({
        signal: controller.signal,
        onProgress: (progress) => {
          if (!controller.signal.aborted) setView({ status: 'loading', progress })
        },
      })
      .then((result) => {
        // A cancelled load still reports what it has; a load replaced by a newer one reports nothing.
        if (controllerRef.current === controller) setView(viewOf(result, period, policy, now))
      })
  }, [connection, period, policy, now])

  useEffect(() => {
    run()
    return () => {
      const controller = controllerRef.current
      controllerRef.current = null
      controller?.abort()
    }
  }, [run])

  const cancel = useCallback(() => controllerRef.current?.abort(), [])
  return { view, cancel, retry: run }
}
