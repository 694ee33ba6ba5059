import type { IncomingMessage } from 'node:http'
import type { FakeZendeskStore } from '../fake-zendesk'

/**
 * Who a browser is signed in as. Zendesk knows the agent from the session cookie; the harness does the
 * same with `harness_user=<id>`, so two browser contexts can act as two agents at once. Without the
 * cookie (or with one naming a user who is not staff) a request acts as the store's default agent.
 */

export const SESSION_COOKIE = 'harness_user'

export interface HarnessSession {
  /** false answers every /api/v2 call with 401, as a signed-out Zendesk session would. */
  signedIn: boolean
  /** Where the app's iframe page is served (a different origin, as in Zendesk). */
  appUrl: string
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return decodeURIComponent(rest.join('='))
  }
  return undefined
}

/** The staff user this request acts as. */
export function sessionUserId(request: IncomingMessage, store: FakeZendeskStore): number {
  const raw = cookieValue(request.headers.cookie, SESSION_COOKIE)
  const id = raw === undefined ? NaN : Number(raw)
  return Number.isInteger(id) && store.isStaff(id) ? id : store.currentUserId
}

export function sessionCookie(userId: number): string {
  return `${SESSION_COOKIE}=${userId}; Path=/; HttpOnly; SameSite=Lax`
}
