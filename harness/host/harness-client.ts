import type { ChangesResponse } from './ui/changes-types'
import type { NamedGroup, TicketSummary, WorkspaceData } from './workspace-data'

/** The host page's calls to its own server (`/__harness/*`, and agent-side ticket saves). */

export interface StaffUser {
  id: number
  name: string
  role: string
  groups: NamedGroup[]
}

/** What the agent's ticket save answers (Zendesk's `{ ticket, audit }`). */
export interface SavedTicket {
  ticket?: { updated_at?: string }
  audit?: { id?: number }
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

function post(url: string, body: unknown, method = 'POST'): Promise<Response> {
  return fetch(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
}

export const harnessClient = {
  config: () => fetch('/__harness/config').then((r) => json<{ appUrl: string; currentUserId: number }>(r)),
  tickets: () => fetch('/__harness/tickets').then((r) => json<{ tickets: TicketSummary[] }>(r)),
  workspace: (ticketId: number) =>
    fetch(`/__harness/workspace?ticket=${ticketId}`).then((r) => json<WorkspaceData>(r)),
  changes: (ticketId: number) =>
    fetch(`/__harness/changes?ticket=${ticketId}`).then((r) => json<ChangesResponse>(r)),
  /** The staff this browser can act as. */
  users: () => fetch('/__harness/users').then((r) => json<{ users: StaffUser[] }>(r)),
  /** Makes this browser act as `userId` (a session cookie, for REST and the ZAF currentUser). */
  actAs: (userId: number) => post('/__harness/session', { userId }).then((r) => json<unknown>(r)),
  setAgentLocale: (locale: string) => post('/__harness/agent', { locale }).then((r) => json<unknown>(r)),
  /** The agent pressing Submit: one ticket update, as the agent workspace sends it. */
  saveTicket: (ticketId: number, ticket: Record<string, unknown>) =>
    post(`/api/v2/tickets/${ticketId}.json`, { ticket }, 'PUT').then((r) => json<SavedTicket>(r)),
}
