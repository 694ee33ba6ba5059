import { useCallback, useEffect, useRef, useState } from 'react'
import { HelpdeskError, isHelpdeskError } from '../../helpdesk/errors'
import type { HelpdeskPort, TicketContext } from '../../helpdesk/ports'

export type TicketContextState =
  | { status: 'loading'; retrying: boolean }
  | { status: 'ready'; context: TicketContext }
  | { status: 'error'; error: HelpdeskError; retrying: false }

function asHelpdeskError(error: unknown): HelpdeskError {
  if (isHelpdeskError(error)) return error
  const message = error instanceof Error ? error.message : String(error)
  return new HelpdeskError('unexpected', message, {}, { cause: error })
}

/** Reads the ticket context once, and again on `retry`; a late answer from an older read is ignored. */
export function useTicketContext(helpdesk: HelpdeskPort, initialRead?: Promise<TicketContext>) {
  const [state, setState] = useState<TicketContextState>({ status: 'loading', retrying: false })
  const generation = useRef(0)
  // The read started before React rendered (see main.tsx) is used once; retries read again.
  const pendingInitialRead = useRef(initialRead)

  const load = useCallback(
    (retrying: boolean) => {
      const current = ++generation.current
      setState({ status: 'loading', retrying })
      const read = pendingInitialRead.current ?? helpdesk.readTicketContext()
      pendingInitialRead.current = undefined
      read.then(
        (context) => {
          if (current === generation.current) setState({ status: 'ready', context })
        },
        (error: unknown) => {
          if (current === generation.current)
            setState({ status: 'error', error: asHelpdeskError(error), retrying: false })
        },
      )
    },
    [helpdesk],
  )

  useEffect(() => {
    load(false)
    const reads = generation
    // Unmounting (or a new helpdesk) makes any read still in flight stale.
    return () => {
      reads.current++
    }
  }, [load])

  const retry = useCallback(() => load(true), [load])
  return { state, retry }
}
