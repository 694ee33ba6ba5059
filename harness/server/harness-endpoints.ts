import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FakeZendesk, FaultSpec } from '../fake-zendesk'

/**
 * `/__harness/*`: what the host page needs that Zendesk's agent workspace knows without REST calls
 * (the ticket it is showing, the signed-in agent), plus test controls. These calls never count as app
 * requests and never touch the rate limits.
 */

export interface HarnessSession {
  signedIn: boolean
  /** Where the app's iframe page is served (a different origin, as in Zendesk). */
  appUrl: string
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  response
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
    .end(text)
}

function ticketIdFrom(url: URL): number | null {
  const raw = url.searchParams.get('ticket')
  const id = raw === null ? NaN : Number(raw)
  return Number.isInteger(id) ? id : null
}

function listTickets(zendesk: FakeZendesk): unknown {
  const { store } = zendesk
  return {
    tickets: store
      .listTickets()
      .sort((a, b) => b.updated_at.localeCompare(a.updated_at))
      .map((ticket) => {
        const requester = store.findUser(ticket.requester_id)
        return {
          id: ticket.id,
          subject: ticket.subject,
          status: ticket.status,
          priority: ticket.priority,
          updatedAt: ticket.updated_at,
          language: store.ticketLanguage(ticket.id) ?? 'en',
          csat: ticket.satisfaction_rating?.score ?? null,
          requester: {
            id: ticket.requester_id,
            name: requester?.name ?? '?',
            locale: requester?.locale ?? null,
          },
        }
      }),
  }
}

/** Everything the host's ZAF `get` answers are built from, in REST shapes. */
function workspace(zendesk: FakeZendesk, ticketId: number): unknown {
  const { store } = zendesk
  const ticket = store.findTicket(ticketId)
  if (!ticket) return null
  const comments = store.getComments(ticketId)
  const userIds = new Set<number>([ticket.requester_id, ticket.submitter_id, store.currentUserId])
  if (ticket.assignee_id !== null) userIds.add(ticket.assignee_id)
  for (const comment of comments) userIds.add(comment.author_id)
  return {
    ticket,
    comments,
    users: [...userIds].flatMap((id) => {
      const user = store.findUser(id)
      return user ? [user] : []
    }),
    currentUser: store.getUser(store.currentUserId),
    ticketFields: store.getTicketFields(),
  }
}

function changes(zendesk: FakeZendesk, ticketId: number | null): unknown {
  const { store } = zendesk
  const ticket = ticketId === null ? undefined : store.findTicket(ticketId)
  const fields = store.getTicketFields()
  const nameOf = (id: number) => store.findUser(id)?.name ?? String(id)
  return {
    ticketId,
    changes: store.changes
      .forTicket(ticketId ?? undefined)
      .map((change) => ({ ...change, authorName: nameOf(change.authorId) })),
    scheduledFollowUps: store.changes.scheduledFollowUps(ticketId ?? undefined),
    current: ticket
      ? {
          tags: ticket.tags,
          status: ticket.status,
          updatedAt: ticket.updated_at,
          customFields: ticket.custom_fields.map((entry) => ({
            id: entry.id,
            title: fields.find((field) => field.id === entry.id)?.title ?? String(entry.id),
            value: entry.value,
          })),
        }
      : null,
  }
}

function faultFromJson(body: unknown): FaultSpec {
  const raw = (body ?? {}) as Record<string, unknown>
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

export async function handleHarnessRequest(
  zendesk: FakeZendesk,
  session: HarnessSession,
  request: IncomingMessage,
  response: ServerResponse,
  readBody: () => Promise<string>,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://harness.local')
  const route = `${request.method ?? 'GET'} ${url.pathname}`
  try {
    switch (route) {
      case 'GET /__harness/config':
        return sendJson(response, 200, { appUrl: session.appUrl, currentUserId: zendesk.store.currentUserId })
      case 'GET /__harness/tickets':
        return sendJson(response, 200, listTickets(zendesk))
      case 'GET /__harness/workspace': {
        const id = ticketIdFrom(url)
        const data = id === null ? null : workspace(zendesk, id)
        return data ? sendJson(response, 200, data) : sendJson(response, 404, { error: 'unknown ticket' })
      }
      case 'GET /__harness/changes':
        return sendJson(response, 200, changes(zendesk, ticketIdFrom(url)))
      case 'POST /__harness/agent': {
        const body = JSON.parse((await readBody()) || '{}') as { locale?: unknown }
        if (typeof body.locale !== 'string' || body.locale.trim() === '') {
          return sendJson(response, 400, { error: 'locale (string) required' })
        }
        return sendJson(response, 200, {
          user: zendesk.store.setUserLocale(zendesk.store.currentUserId, body.locale),
        })
      }
      case 'POST /__harness/session': {
        const body = JSON.parse((await readBody()) || '{}') as { signedIn?: unknown }
        session.signedIn = body.signedIn !== false
        return sendJson(response, 200, { signedIn: session.signedIn })
      }
      case 'POST /__harness/faults':
        return sendJson(response, 201, {
          id: zendesk.injectFault(faultFromJson(JSON.parse(await readBody()))),
        })
      case 'DELETE /__harness/faults':
        zendesk.clearFaults()
        return sendJson(response, 200, { cleared: true })
      default:
        return sendJson(response, 404, { error: `no harness route ${route}` })
    }
  } catch (error) {
    sendJson(response, 400, { error: error instanceof Error ? error.message : String(error) })
  }
}
