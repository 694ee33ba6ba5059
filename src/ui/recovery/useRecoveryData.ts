import { useCallback, useEffect, useRef, useState } from 'react'
import { HelpdeskError, isHelpdeskError } from '../../helpdesk/errors'
import type { HelpdeskPort, TicketContext } from '../../helpdesk/ports'
import { loadRecovery, type RecoveryLoad } from './load-recovery'

export type RecoveryDataState =
  { status: 'loading' } | { status: 'loaded'; load: RecoveryLoad } | { status: 'error'; error: HelpdeskError }

const asError = (error: unknown): HelpdeskError =>
  isHelpdeskError(error)
    ? error
    : new HelpdeskError(
        'unexpected',
        error instanceof Error ? error.message : String(error),
        {},
        { cause: error },
      )

/** Waits this long after a ticket change before reading again: saves come in bursts. */
const CHANGE_DEBOUNCE_MS = 400

/**
 * Loads the recovery data, and loads it again when the ticket changes elsewhere (another agent, a trigger, the
 * agent's own save). While `busy` (a transaction is running) a change is remembered and read afterwards, so the
 * panel never swaps data under a running operation.
 */
export function useRecoveryData(port: HelpdeskPort, context: TicketContext, busy: boolean) {
  const [state, setState] = useState<RecoveryDataState>({ status: 'loading' })
  const generation = useRef(0)
  const pendingChange = useRef(false)

  const reload = useCallback(
    (showLoading: boolean) => {
      const current = ++generation.current
      if (showLoading) setState({ status: 'loading' })
      loadRecovery(port, context).then(
        (load) => current === generation.current && setState({ status: 'loaded', load }),
        (error: unknown) =>
          current === generation.current && setState({ status: 'error', error: asError(error) }),
      )
    },
    [port, context],
  )

  useEffect(() => {
    reload(true)
    const reads = generation
    return () => {
      reads.current++
    }
  }, [reload])

  const busyRef = useRef(busy)
  busyRef.current = busy
  const helpdesk = state.status === 'loaded' && state.load.kind === 'ready' ? state.load.data.helpdesk : null
  useEffect(() => {
    if (!helpdesk) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const unsubscribe = helpdesk.onTicketChanged(() => {
      if (busyRef.current) {
        pendingChange.current = true
        return
      }
      clearTimeout(timer)
      timer = setTimeout(() => reload(false), CHANGE_DEBOUNCE_MS)
    })
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }, [helpdesk, reload])

  useEffect(() => {
    if (!busy && pendingChange.current) {
      pendingChange.current = false
      reload(false)
    }
  }, [busy, reload])

  return { state, reload }
}
