import type { TicketSnapshot } from '../core/model'
import type { ConfirmModalBridge, RecoveryConnection } from './recovery-ports'
import type { AppSettings } from './settings'

/** The agent looking at the ticket: their locale picks the UI language. */
export interface Agent {
  id: string
  name: string
  locale: string
  role?: string
}

export interface TicketContext {
  snapshot: TicketSnapshot
  agent: Agent
  settings: AppSettings
  /** When the data was read (ISO UTC); the "now" for waits and clocks. */
  readAt: string
}

/** What the UI needs from any helpdesk. Zendesk implements it now, Freshdesk later. */
export interface HelpdeskPort {
  /** Reads the open ticket, its conversation, CSAT, metrics and the requester's history. */
  readTicketContext(): Promise<TicketContext>
  /** The agent's language, read on its own so the UI strings can load while the ticket is read. */
  readAgentLocale(): Promise<string>
  /** Asks the host to size the app's frame to its content. */
  resize(heightPx: number): Promise<void>
  /** Loads the recovery side on demand (a separate chunk): settings, then the writer. */
  openRecovery(): Promise<RecoveryConnection>
  /** In the modal location: the channel to the sidebar that opened it. */
  openConfirmModal(): Promise<ConfirmModalBridge>
}
