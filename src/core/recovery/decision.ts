/**
 * A team lead's decision on a gesture waiting for approval (or the agent cancelling it before anyone decided).
 * The ticket is written first, under its safe update, because only it can tell two leads apart: the first
 * decision lands, the second sees the ticket changed and stops. The ledger then records the decision, keyed
 * `<spend>:decision`, so a retry never writes a second one. If the ledger write fails, the ticket already
 * shows the decision and the sidebar offers to finish recording it; until then a rejected spend still counts
 * against the budget, which can only under-spend, never over-spend.
 */
import { decisionKeyFor, type Decision, type DecisionEntry } from '../budget/types'
import { budgetMonthOf } from '../budget/month'
import type { FollowUpDecision } from '../followup/schedule'
import { failureCodeOf, type PortFailureCode, type RecoveryPort } from './port'
import { followUpFieldsOf } from './steps'
import type { RecoveryFields, RecoveryStatus, TicketRecoveryView } from './types'

export interface DecisionRequest {
  ticketId: string
  /** The operation key of the spend being decided. */
  spendKey: string
  /**
   * Whether that spend was recorded as needing approval (the ledger says). Only such a spend can be decided;
   * it also tells a retry whose ticket already moved on ("active") from a recovery that never waited.
   */
  spendNeedsApproval: boolean
  decision: Decision
  actor: { id: string; name: string }
  /** Approval: the follow-up to schedule now that the gesture is released. */
  followUp: FollowUpDecision | null
  note: string
  /** Shown in the ledger record (a rejection's reason). */
  reason?: string
  now: string
}

export type DecisionStepName = 'check_ticket' | 'update_ticket' | 'record_decision'

export type DecisionFailure =
  | { kind: 'not_waiting'; status: RecoveryStatus | null }
  | { kind: 'already_decided'; status: RecoveryStatus | null }
  | { kind: 'port'; step: DecisionStepName; code: PortFailureCode; error: unknown }

export type DecisionOutcome =
  { ok: true; view: TicketRecoveryView; alreadyApplied: boolean } | { ok: false; failure: DecisionFailure }

const STATUS_AFTER: Readonly<Record<Decision, RecoveryStatus>> = {
  approved: 'active',
  rejected: 'rejected',
  cancelled: 'cancelled',
}

function fieldsAfter(request: DecisionRequest): Partial<RecoveryFields> {
  const status = STATUS_AFTER[request.decision]
  return { status, ...followUpFieldsOf(request.decision === 'approved' ? request.followUp : null) }
}

function entryOf(request: DecisionRequest): DecisionEntry {
  return {
    kind: 'decision',
    operationKey: decisionKeyFor(request.spendKey),
    spendKey: request.spendKey,
    ticketId: request.ticketId,
    agentId: request.actor.id,
    agentName: request.actor.name,
    month: budgetMonthOf(request.now),
    decision: request.decision,
    ...(request.reason ? { note: request.reason } : {}),
  }
}

const isOurs = (view: TicketRecoveryView, request: DecisionRequest) =>
  view.fields.operationKey === request.spendKey

export async function runDecision(request: DecisionRequest, port: RecoveryPort): Promise<DecisionOutcome> {
  let step: DecisionStepName = 'check_ticket'
  try {
    let view = await port.readTicket(request.ticketId)
    if (!request.spendNeedsApproval) {
      return { ok: false, failure: { kind: 'not_waiting', status: view.fields.status } }
    }
    const decided = STATUS_AFTER[request.decision]
    const alreadyApplied = isOurs(view, request) && view.fields.status === decided
    if (!alreadyApplied) {
      if (!isOurs(view, request) || view.fields.status !== 'approval_needed') {
        return { ok: false, failure: { kind: 'not_waiting', status: view.fields.status } }
      }
      step = 'update_ticket'
      try {
        view = await port.updateTicket(
          request.ticketId,
          { fields: fieldsAfter(request), internalNote: request.note },
          view.version,
        )
      } catch (error) {
        if (failureCodeOf(error) !== 'conflict') throw error
        const latest = await port.readTicket(request.ticketId)
        // Another lead (or the agent) decided first: theirs stands.
        if (!isOurs(latest, request) || latest.fields.status !== 'approval_needed') {
          return { ok: false, failure: { kind: 'already_decided', status: latest.fields.status } }
        }
        view = await port.updateTicket(
          request.ticketId,
          { fields: fieldsAfter(request), internalNote: request.note },
          latest.version,
        )
      }
    }
    step = 'record_decision'
    await port.ledger.record(entryOf(request))
    return { ok: true, view, alreadyApplied }
  } catch (error) {
    return { ok: false, failure: { kind: 'port', step, code: failureCodeOf(error), error } }
  }
}
