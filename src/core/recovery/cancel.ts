/**
 * Cancelling a running recovery: the ticket says so (status cancelled) and its scheduled follow-up survey is
 * cancelled with it — the automation waits for the schedule's tag, which the cancellation replaces. If the
 * gesture was never given, the agent may release it from the budget (a `cancelled` decision in the ledger).
 * Same order as every write here: the ticket first under its safe update, then the ledger, each idempotent.
 */
import { isInGroup } from '../budget/approval'
import { budgetMonthOf } from '../budget/month'
import { releaseKeyFor, type DecisionEntry } from '../budget/types'
import { failureCodeOf, type PortFailureCode, type RecoveryPort } from './port'
import type { Actor, RecoveryFields, TicketRecoveryView } from './types'

/** The agent who started the recovery, a team lead or an admin may cancel it. */
export function mayCancel(actor: Actor, teamLeadGroup: string | null, startedBy: string | null): boolean {
  if (actor.role === 'admin' || actor.id === startedBy) return true
  return teamLeadGroup !== null && isInGroup(actor, teamLeadGroup)
}

export interface CancelRequest {
  ticketId: string
  operationKey: string
  actor: { id: string; name: string }
  /** Release the gesture from the budget: only when it was never given. */
  releaseGesture: boolean
  note: string
  now: string
}

export type CancelFailure =
  | { kind: 'not_active' }
  | {
      kind: 'port'
      step: 'check_ticket' | 'update_ticket' | 'record_release'
      code: PortFailureCode
      error: unknown
    }

export type CancelOutcome = { ok: true; view: TicketRecoveryView } | { ok: false; failure: CancelFailure }

function cancelledFields(view: TicketRecoveryView): Partial<RecoveryFields> {
  const scheduled = view.fields.followUpState?.kind === 'scheduled'
  return {
    status: 'cancelled',
    followUpDate: null,
    followUpState: scheduled ? { kind: 'cancelled' } : view.fields.followUpState,
  }
}

function releaseEntry(request: CancelRequest): DecisionEntry {
  return {
    kind: 'decision',
    operationKey: releaseKeyFor(request.operationKey),
    spendKey: request.operationKey,
    ticketId: request.ticketId,
    agentId: request.actor.id,
    agentName: request.actor.name,
    month: budgetMonthOf(request.now),
    decision: 'cancelled',
    note: 'gesture not given',
  }
}

export async function runCancel(request: CancelRequest, port: RecoveryPort): Promise<CancelOutcome> {
  let step: 'check_ticket' | 'update_ticket' | 'record_release' = 'check_ticket'
  try {
    let view = await port.readTicket(request.ticketId)
    const ours = view.fields.operationKey === request.operationKey
    const alreadyCancelled = ours && view.fields.status === 'cancelled'
    if (!alreadyCancelled) {
      if (!ours || view.fields.status !== 'active') return { ok: false, failure: { kind: 'not_active' } }
      step = 'update_ticket'
      for (let attempt = 0; ; attempt++) {
        try {
          view = await port.updateTicket(
            request.ticketId,
            { fields: cancelledFields(view), internalNote: request.note },
            view.version,
          )
          break
        } catch (error) {
          // Someone else changed the ticket: look again and cancel on top of their change, once or twice.
          if (failureCodeOf(error) !== 'conflict' || attempt >= 2) throw error
          view = await port.readTicket(request.ticketId)
          if (view.fields.operationKey === request.operationKey && view.fields.status === 'cancelled') break
          if (view.fields.operationKey !== request.operationKey || view.fields.status !== 'active') {
            return { ok: false, failure: { kind: 'not_active' } }
          }
        }
      }
    }
    if (request.releaseGesture) {
      step = 'record_release'
      await port.ledger.record(releaseEntry(request))
    }
    return { ok: true, view }
  } catch (error) {
    return { ok: false, failure: { kind: 'port', step, code: failureCodeOf(error), error } }
  }
}
