import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { FakeZendeskStore } from '../fake-zendesk'

/**
 * Zendesk's API-token authentication for scripts (`turnaround scan`): `Authorization: Basic` of
 * `{email}/token:{token}`. The harness has one token for the whole account, `HARNESS_API_TOKEN` (default
 * below); the email picks the staff user the request acts as, with that user's role (the incremental
 * exports want an admin, so an agent's email gets 403, as in Zendesk). A request without the header is the
 * browser's, signed in by the harness session cookie; one with a wrong header is refused (401), never
 * quietly treated as the session's.
 */

export const DEFAULT_HARNESS_API_TOKEN = 'harness-api-token'

export type ApiTokenAuth = { kind: 'none' } | { kind: 'user'; userId: number } | { kind: 'refused' }

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8')
  const b = Buffer.from(expected, 'utf8')
  return a.length === b.length && timingSafeEqual(a, b)
}

export function apiTokenUser(
  request: IncomingMessage,
  store: FakeZendeskStore,
  token = process.env.HARNESS_API_TOKEN || DEFAULT_HARNESS_API_TOKEN,
): ApiTokenAuth {
  const header = request.headers.authorization
  if (header === undefined) return { kind: 'none' }
  const encoded = /^Basic\s+(\S+)$/i.exec(header)?.[1]
  if (!encoded) return { kind: 'refused' }
  const decoded = Buffer.from(encoded, 'base64').toString('utf8')
  const separator = decoded.indexOf('/token:')
  if (separator < 0) return { kind: 'refused' }
  const email = decoded.slice(0, separator).toLowerCase()
  if (!sameSecret(decoded.slice(separator + '/token:'.length), token)) return { kind: 'refused' }
  const user = store.listUsers().find((candidate) => candidate.email.toLowerCase() === email)
  // End users cannot use API tokens in Zendesk.
  return user && store.isStaff(user.id) ? { kind: 'user', userId: user.id } : { kind: 'refused' }
}
