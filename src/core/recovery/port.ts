/**
 * What the recovery transaction needs from a helpdesk, and nothing more. src/helpdesk/ports.ts extends it;
 * the Zendesk adapter implements it with REST + custom objects, a Freshdesk adapter can with its own stores.
 */
import type { LedgerEntry, LedgerRecord } from '../budget/types'
import type { TicketPatch, TicketRecoveryView } from './types'

export interface LedgerPort {
  /** Writes an entry keyed by its operation key. Idempotent: writing the same entry twice leaves one record. */
  record(entry: LedgerEntry): Promise<LedgerRecord>
  /** Every entry of a budget month ("YYYY-MM"), read so that an entry written before the call is included. */
  listMonth(month: string): Promise<LedgerRecord[]>
  /** Removes the caller's own entry. Idempotent: an entry already gone is not an error. */
  withdraw(operationKey: string): Promise<void>
}

export interface RecoveryPort {
  readTicket(ticketId: string): Promise<TicketRecoveryView>
  /**
   * Applies field values and an internal note in one update, only if the ticket is still at `expectedVersion`.
   * A ticket changed since then fails with a `conflict` error and changes nothing.
   */
  updateTicket(ticketId: string, patch: TicketPatch, expectedVersion: string): Promise<TicketRecoveryView>
  ledger: LedgerPort
}

/**
 * The failure codes the transaction tells apart. Adapters throw errors carrying one of these as `code`
 * (src/helpdesk/errors.ts HelpdeskError does); anything else is treated as `unexpected`.
 */
export type PortFailureCode =
  | 'conflict'
  | 'rate_limited'
  | 'network'
  | 'server'
  | 'malformed_response'
  | 'forbidden'
  | 'not_found'
  | 'unauthorized'
  | 'bad_settings'
  | 'unexpected'

export function failureCodeOf(error: unknown): PortFailureCode {
  const code = (error as { code?: unknown } | null)?.code
  const known: readonly string[] = [
    'conflict',
    'rate_limited',
    'network',
    'server',
    'malformed_response',
    'forbidden',
    'not_found',
    'unauthorized',
    'bad_settings',
  ]
  return typeof code === 'string' && known.includes(code) ? (code as PortFailureCode) : 'unexpected'
}
