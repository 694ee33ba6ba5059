/**
 * The read side the impact page needs: the period's tickets and ledger records, fetched page by page with
 * progress and a way to stop, and who is looking (only team leads and admins see the numbers). Zendesk
 * implements it (src/helpdesk/zendesk/impact/); a Freshdesk adapter would implement the same.
 */
import type { LedgerRecord } from '../core/budget/types'
import type { ImpactPeriod, ImpactTicket } from '../core/impact/types'
import type { Actor } from '../core/recovery/types'
import type { HelpdeskError } from './errors'
import type { RecoverySettingsResult } from './recovery-settings'

export interface ImpactProgress {
  /** Tickets of the period read so far. */
  ticketsLoaded: number
  /** How many the helpdesk says the period has (null when it could not say): the progress bar's 100 %. */
  ticketsExpected: number | null
  ledgerRecords: number
  monthsDone: number
  monthsTotal: number
  requests: number
}

/** A part of the period the numbers would need and that is not loaded. */
export type MissingPart =
  | { kind: 'tickets'; from: string; to: string }
  /** Ledger records created before this instant were not read. */
  | { kind: 'ledger'; before: string }

export type ImpactLoadResult =
  | { status: 'complete'; tickets: ImpactTicket[]; ledger: LedgerRecord[]; progress: ImpactProgress }
  | {
      status: 'partial'
      /** Why it stopped: the agent cancelled, or a request failed (network, 429 beyond the wait, 500, bad data). */
      reason: { kind: 'cancelled' } | { kind: 'failed'; error: HelpdeskError }
      missing: MissingPart[]
      /** The newest months that are complete (tickets and the ledger they need), oldest first; may be empty. */
      completeMonths: string[]
      tickets: ImpactTicket[]
      ledger: LedgerRecord[]
      progress: ImpactProgress
    }

export interface ImpactLoader {
  /**
   * Loads what is still missing; after a partial result, calling it again continues where it stopped (pages
   * already read are kept). Never one request per ticket: tickets come in pages of up to 1,000.
   */
  load(options: {
    onProgress?: (progress: ImpactProgress) => void
    signal?: AbortSignal
  }): Promise<ImpactLoadResult>
}

export interface ImpactConnection {
  settings: RecoverySettingsResult
  readViewer(): Promise<Actor>
  loader(period: ImpactPeriod, now: string): ImpactLoader
}
