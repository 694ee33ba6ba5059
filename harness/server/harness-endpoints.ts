import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FakeZendesk, FaultSpec } from '../fake-zendesk'
import { changes, listTickets, objectRecords, staffUsers, workspace } from './harness-views'
import { advanceClock, getClock, getNotifications, getViews, rateTicket } from './rules-endpoints'
import { sessionCookie, sessionUserId, type HarnessSession } from './session'

/**
 * `/__harness/*`: what the host page needs that Zendesk's agent workspace knows without REST calls
 * (the ticket it is showing, the signed-in agent), plus test controls. These calls never count as app
 * requests and never touch the rate limits.
 */

export type { HarnessSession } from './session'

interface HarnessCall {
  zendesk: FakeZendesk
  session: HarnessSession
  url: URL
  /** The staff user this browser acts as (its session cookie, or the default agent). */
  userId: number
  params: string[]
  readJson: () => Promise<Record<string, unknown>>
}

/** A control's answer: status and JSON body, plus an optional Set-Cookie. */
interface Answer {
  status: number
  body: unknown
  cookie?: string
}

type Handler = (call: HarnessCall) => Answer | Promise<Answer>

const ok = (body: unknown): Answer => ({ status: 200, body })
const fail = (status: number, error: string): Answer => ({ status, body: { error } })

function ticketIdFrom(url: URL): number | null {
  const raw = url.searchParams.get('ticket')
  const id = raw === null ? NaN : Number(raw)
  return Number.isInteger(id) ? id : null
}

function faultFromJson(raw: Record<string, unknown>): FaultSpec {
  if (typeof raw.pathPattern !== 'string' || typeof raw.status !== 'number') {
    throw new Error('a fault needs pathPattern (string) and status (number)')
  }
  return {
    method: typeof raw.method === 'string' ? raw.method : undefined,
    pathPattern: raw.regex === true ? new RegExp(raw.pathPattern) : raw.pathPattern,
    status: raw.status,
    times: typeof raw.times === 'number' ? raw.times : 1,
    body: raw.body,
    retryAfter: typeof raw.retryAfter === 'number' ? raw.retryAfter : undefined,
    malformed: raw.malformed === true ? true : undefined,
  }
}

/** `{signedIn}` signs the agent session in or out; `{userId}` makes this browser act as that staff user. */
async function postSession({ zendesk, session, readJson, userId }: HarnessCall): Promise<Answer> {
  const body = await readJson()
  if (body.signedIn !== undefined) session.signedIn = body.signedIn !== false
  if (body.userId === undefined)
    return ok({ signedIn: session.signedIn, user: zendesk.store.getUser(userId) })
  const id = Number(body.userId)
  if (!Number.isInteger(id) || !zendesk.store.isStaff(id)) {
    return fail(400, 'userId must be the id of an agent or admin')
  }
  return { ...ok({ signedIn: session.signedIn, user: zendesk.store.getUser(id) }), cookie: sessionCookie(id) }
}

async function postPermissions({ zendesk, readJson }: HarnessCall): Promise<Answer> {
  const body = await readJson()
  const user = zendesk.store.findUser(Number(body.userId))
  if (!user) return fail(400, 'userId must be a user id')
  if (typeof body.objectKey !== 'string' || !zendesk.store.customObjects.has(body.objectKey)) {
    return fail(400, 'objectKey must be an installed custom object key')
  }
  const scopes = body.scopes
  if (scopes !== null && (!Array.isArray(scopes) || scopes.some((scope) => typeof scope !== 'string'))) {
    return fail(400, 'scopes must be an array of strings, or null to reset')
  }
  zendesk.store.permissions.restrict(user, body.objectKey, scopes as string[] | null)
  return ok({
    userId: user.id,
    objectKey: body.objectKey,
    scopes: zendesk.store.permissions.scopesOf(user, body.objectKey),
  })
}

const exact: Record<string, Handler> = {
  'GET /__harness/config': ({ session, userId }) => ok({ appUrl: session.appUrl, currentUserId: userId }),
  'GET /__harness/tickets': ({ zendesk }) => ok(listTickets(zendesk.store)),
  'GET /__harness/users': ({ zendesk }) => ok(staffUsers(zendesk.store)),
  'GET /__harness/workspace': ({ zendesk, url, userId }) => {
    const id = ticketIdFrom(url)
    const data = id === null ? null : workspace(zendesk.store, id, userId)
    return data ? ok(data) : fail(404, 'unknown ticket')
  },
  'GET /__harness/changes': ({ zendesk, url }) => ok(changes(zendesk.store, ticketIdFrom(url))),
  'POST /__harness/agent': async ({ zendesk, readJson, userId }) => {
    const { locale } = await readJson()
    if (typeof locale !== 'string' || locale.trim() === '') return fail(400, 'locale (string) required')
    return ok({ user: zendesk.store.setUserLocale(userId, locale) })
  },
  'POST /__harness/session': postSession,
  'POST /__harness/permissions': postPermissions,
  'POST /__harness/faults': async ({ zendesk, readJson }) => ({
    status: 201,
    body: { id: zendesk.injectFault(faultFromJson(await readJson())) },
  }),
  'DELETE /__harness/faults': ({ zendesk }) => {
    zendesk.clearFaults()
    return ok({ cleared: true })
  },
  'GET /__harness/clock': getClock,
  'POST /__harness/clock': advanceClock,
  'GET /__harness/views': getViews,
  'GET /__harness/notifications': getNotifications,
}

const patterns: Array<{ method: string; pattern: RegExp; handle: Handler }> = [
  {
    method: 'GET',
    pattern: /^\/__harness\/tickets\/(\d+)$/,
    handle: ({ zendesk, params }) => {
      const ticket = zendesk.store.findTicket(Number(params[0]))
      return ticket ? ok({ ticket }) : fail(404, 'unknown ticket')
    },
  },
  { method: 'POST', pattern: /^\/__harness\/tickets\/(\d+)\/rating$/, handle: rateTicket },
  {
    method: 'GET',
    pattern: /^\/__harness\/custom-objects\/([a-z0-9_]+)\/records$/,
    handle: ({ zendesk, params }) => {
      const data = objectRecords(zendesk, params[0] ?? '')
      return data ? ok(data) : fail(404, 'unknown custom object')
    },
  },
]

function route(method: string, path: string): { handle: Handler; params: string[] } | null {
  const direct = exact[`${method} ${path}`]
  if (direct) return { handle: direct, params: [] }
  for (const candidate of patterns) {
    const match = candidate.method === method ? candidate.pattern.exec(path) : null
    if (match) return { handle: candidate.handle, params: match.slice(1) }
  }
  return null
}

function send(response: ServerResponse, answer: Answer): void {
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  }
  if (answer.cookie) headers['set-cookie'] = answer.cookie
  response.writeHead(answer.status, headers).end(JSON.stringify(answer.body))
}

export async function handleHarnessRequest(
  zendesk: FakeZendesk,
  session: HarnessSession,
  request: IncomingMessage,
  response: ServerResponse,
  readBody: () => Promise<string>,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://harness.local')
  const method = request.method ?? 'GET'
  const found = route(method, url.pathname)
  if (!found) return send(response, fail(404, `no harness route ${method} ${url.pathname}`))
  const readJson = async (): Promise<Record<string, unknown>> => {
    const parsed: unknown = JSON.parse((await readBody()) || '{}')
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new Error('body must be a JSON object')
    return parsed as Record<string, unknown>
  }
  try {
    const answer = await found.handle({
      zendesk,
      session,
      url,
      userId: sessionUserId(request, zendesk.store),
      params: found.params,
      readJson,
    })
    send(response, answer)
  } catch (error) {
    send(response, fail(400, error instanceof Error ? error.message : String(error)))
  }
}
