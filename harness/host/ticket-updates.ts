import { harnessClient } from './harness-client'
import type { HarnessGlobal } from './recorder'
import type { TicketUpdater } from './ticket-follower'
import { mergeSavedIntoDraft, type TicketDraft, type WorkspaceData } from './workspace-data'
import type { ZafHost } from './zaf/zaf-host'

/**
 * Bringing a ticket saved outside this page's Submit into the open tab: fresh data merged into the form
 * under the agent's unsaved edits, and `ticket.updated` to the app instances (recorded for tests).
 */

/** The open ticket tab, as far as following its saved state goes. */
export interface OpenTicketState {
  ticketId: number | null
  data: WorkspaceData | null
  draft: TicketDraft | null
  host: ZafHost | null
}

export interface TicketUpdatesContext {
  state: OpenTicketState
  recorder: HarnessGlobal
  renderTicket(): void
}

/**
 * The ticket was saved elsewhere (another agent, an API client, the app's own REST writes, the account's
 * rules). `fresh` is the workspace when the caller has already read it.
 */
export async function followUpdate(
  context: TicketUpdatesContext,
  ticketId: number,
  updater: TicketUpdater | null,
  known?: WorkspaceData,
): Promise<void> {
  const { state } = context
  const fresh = known ?? (await harnessClient.workspace(ticketId))
  if (state.ticketId !== ticketId || !state.data || !state.draft) return
  mergeSavedIntoDraft(state.data, fresh, state.draft)
  state.data = fresh
  context.renderTicket()
  // ASSUMPTION: Zendesk documents that ticket.updated passes the user who updated the ticket, not the
  // payload's exact shape; `{ updatedBy: { id, name } }` is the harness's reading of it.
  const payload = { updatedBy: updater }
  const deliveredTo = state.host?.emit('ticket.updated', payload) ?? []
  context.recorder.ticketUpdates.push({
    at: Date.now(),
    ticketId,
    updatedAt: fresh.ticket.updated_at,
    payload,
    deliveredTo,
  })
}

function savedState(data: WorkspaceData): string {
  return JSON.stringify([data.ticket, data.comments])
}

/**
 * After the account changed outside this page (the clock, a customer's rating), once the follower has read
 * the change log: a ticket that changed without its `updated_at` moving (which the follower cannot see) is
 * still brought in and told to the app.
 */
export async function syncOpenTicket(context: TicketUpdatesContext): Promise<void> {
  const { state } = context
  const ticketId = state.ticketId
  if (ticketId === null) return
  const fresh = await harnessClient.workspace(ticketId)
  if (state.ticketId !== ticketId || !state.data) return
  if (savedState(fresh) === savedState(state.data)) return
  await followUpdate(context, ticketId, null, fresh)
}
