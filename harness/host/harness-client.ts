import type { ChangesResponse } from './ui/changes-panel'
import type { TicketSummary, WorkspaceData } from './workspace-data'

/** The host page's calls to its own server (`/__harness/*`, and agent-side ticket saves). */

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

export const harnessClient = {
  config: () => fetch('/__harness/config').then((r) => json<{ appUrl: string; currentUserId: number }>(r)),
  tickets: () => fetch('/__harness/tickets').then((r) => json<{ tickets: TicketSummary[] }>(r)),
  workspace: (ticketId: number) =>
    fetch(`/__harness/workspace?ticket=${ticketId}`).then((r) => json<WorkspaceData>(r)),
  changes: (ticketId: number) =>
    fetch(`/__harness/changes?ticket=${ticketId}`).then((r) => json<ChangesResponse>(r)),
  setAgentLocale: (locale: string) =>
    fetch('/__harness/agent', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale }),
    }).then((r) => json<unknown>(r)),
  /** The agent pressing Submit: one ticket update, as the agent workspace sends it. */
  saveTicket: (ticketId: number, ticket: Record<string, unknown>) =>
    fetch(`/api/v2/tickets/${ticketId}.json`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ticket }),
    }).then((r) => json<unknown>(r)),
}
