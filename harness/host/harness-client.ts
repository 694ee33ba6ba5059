import type { ChangesResponse } from './ui/changes-types'
import type {
  ClockAdvance,
  ClockNow,
  ClockStep,
  CustomerScore,
  Loaded,
  NotificationsAnswer,
  RatingAnswer,
  ViewsAnswer,
} from './rules-types'
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

/** A non-2xx answer, with the server's `{ error }` text when it sent one. */
export class HarnessHttpError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    readonly serverMessage: string,
  ) {
    super(`${url}: HTTP ${status} ${serverMessage}`)
    this.name = 'HarnessHttpError'
  }

  /** The server has no such `/__harness` route at all (not: the route exists and found no such ticket). */
  get routeMissing(): boolean {
    return this.status === 404 && this.serverMessage.includes('no harness route')
  }
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new HarnessHttpError(response.url, response.status, await response.text())
  return (await response.json()) as T
}

function post(url: string, body: unknown, method = 'POST'): Promise<Response> {
  return fetch(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
}

export function errorText(error: unknown): string {
  if (error instanceof HarnessHttpError) {
    try {
      const parsed = JSON.parse(error.serverMessage) as { error?: unknown }
      if (typeof parsed.error === 'string') return `HTTP ${error.status}: ${parsed.error}`
    } catch {
      // Not JSON: the raw text says it.
    }
    return `HTTP ${error.status}: ${error.serverMessage}`
  }
  return error instanceof Error ? error.message : String(error)
}

/** Runs one call of the rules back end and says whether it answered, is not there (yet), or failed. */
export async function loaded<T>(call: Promise<T>, what: string): Promise<Loaded<T>> {
  try {
    return { state: 'loaded', value: await call }
  } catch (error) {
    if (error instanceof HarnessHttpError && error.routeMissing) {
      return {
        state: 'unavailable',
        message: `${what}: not available (this harness server has no such endpoint)`,
      }
    }
    return { state: 'failed', message: `${what}: ${errorText(error)}` }
  }
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
  /** The fake account's current time. */
  clock: () => fetch('/__harness/clock').then((r) => json<ClockNow>(r)),
  /** Moves the account's clock; the hourly automations run on the way. */
  advanceClock: (step: ClockStep) => post('/__harness/clock', step).then((r) => json<ClockAdvance>(r)),
  /** The requester rates the ticket (their satisfaction survey answer); triggers run. */
  rate: (ticketId: number, score: CustomerScore, comment: string) =>
    post(`/__harness/tickets/${ticketId}/rating`, comment ? { score, comment } : { score }).then((r) =>
      json<RatingAnswer>(r),
    ),
  /** Every view, as the signed-in agent sees it, with its rows. */
  views: () => fetch('/__harness/views').then((r) => json<ViewsAnswer>(r)),
  notifications: (ticketId: number) =>
    fetch(`/__harness/notifications?ticket=${ticketId}`).then((r) => json<NotificationsAnswer>(r)),
}
