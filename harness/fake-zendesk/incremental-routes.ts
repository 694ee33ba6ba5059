import { ZendeskApiError, badRequest, forbidden } from './errors'
import { accountEvents } from './incremental-events'
import { API_BASE } from './records'
import { includes, type Route, type RouteContext } from './route-context'
import type { FakeZendeskStore } from './store'
import type { ZendeskTicket } from './types'

/**
 * What `turnaround scan` reads, with Zendesk's rules: the cursor-based incremental ticket export and the
 * time-based ticket-event export ("Allowed for: Admins" — an agent gets 403; the most recent minute left
 * out; 1,000 items a page; 10 requests a minute between them, then 429 with Retry-After), and
 * `users/show_many`. The workspace's tickets only: the impact page's archive is for search, as the archive
 * says. "Now" is the account clock, which stands still until the harness moves it.
 */

const PAGE = 1_000
const EXPORTS_PER_MINUTE = 10
/** Per fake account: when its recent export requests came, for the 10-a-minute limit. */
const exportCalls = new WeakMap<FakeZendeskStore, number[]>()

function admitExport(context: RouteContext): void {
  if (context.store.getUser(context.userId).role !== 'admin') throw forbidden()
  const now = Date.now()
  const recent = (exportCalls.get(context.store) ?? []).filter((at) => now - at < 60_000)
  if (recent.length >= EXPORTS_PER_MINUTE) {
    const retryAfter = Math.max(1, Math.ceil(((recent[0] ?? now) + 60_000 - now) / 1000))
    throw new ZendeskApiError(
      429,
      {
        error: 'APIRateLimitExceeded',
        description: 'Number of allowed incremental export API requests per minute exceeded',
      },
      { 'retry-after': String(retryAfter) },
    )
  }
  exportCalls.set(context.store, [...recent, now])
}

const nowSeconds = (context: RouteContext) => Math.floor(context.store.clock().getTime() / 1000)

function startTime(context: RouteContext): number {
  const raw = context.query.get('start_time')
  const value = Number(raw)
  if (raw === null || !Number.isInteger(value) || value < 0)
    throw badRequest('start_time must be a Unix time in seconds')
  if (value > nowSeconds(context) - 60) {
    throw new ZendeskApiError(400, {
      error: 'InvalidValue',
      description: 'Too recent start_time. Use a start_time older than 1 minute.',
    })
  }
  return value
}

/** Zendesk's cursors are opaque; this one reads `<generated_timestamp>.0||<id>|` like theirs. */
const encodeCursor = (time: number, id: number) => Buffer.from(`${time}.0||${id}|`).toString('base64')
function decodeCursor(cursor: string): [number, number] {
  const match = /^(\d+)\.0\|\|(\d+)\|$/.exec(Buffer.from(cursor, 'base64').toString('utf8'))
  if (!match) throw badRequest('cursor is not valid')
  return [Number(match[1]), Number(match[2])]
}

function ticketSideloads(context: RouteContext, tickets: ZendeskTicket[]): Record<string, unknown> {
  const wanted = includes(context.query)
  const sideloads: Record<string, unknown> = {}
  if (wanted.has('users')) {
    const ids = new Set(
      tickets.flatMap((t) => [t.requester_id, t.submitter_id, t.assignee_id, ...t.collaborator_ids]),
    )
    sideloads.users = [...ids].flatMap((id) => {
      const user = id === null ? undefined : context.store.findUser(id)
      return user ? [user] : []
    })
  }
  if (wanted.has('metric_sets')) sideloads.metric_sets = tickets.map((t) => context.store.getMetric(t.id))
  return sideloads
}

const ticketExport: Route = {
  method: 'GET',
  pattern: /^\/api\/v2\/incremental\/tickets\/cursor$/,
  handle(context) {
    admitExport(context)
    const size = Math.min(Number(context.query.get('per_page') ?? PAGE) || PAGE, PAGE)
    const cursor = context.query.get('cursor')
    const [afterTime, afterId] = cursor ? decodeCursor(cursor) : [startTime(context), 0]
    const visible = context.store
      .listTickets()
      .filter((t) => t.generated_timestamp <= nowSeconds(context) - 60)
      .sort((a, b) => a.generated_timestamp - b.generated_timestamp || a.id - b.id)
    const rest = visible.filter((t) =>
      cursor
        ? t.generated_timestamp > afterTime || (t.generated_timestamp === afterTime && t.id > afterId)
        : t.generated_timestamp >= afterTime,
    )
    const tickets = rest.slice(0, size)
    const last = tickets.at(-1)
    const after = last
      ? encodeCursor(last.generated_timestamp, last.id)
      : (cursor ?? encodeCursor(afterTime - 1, 0))
    return {
      body: {
        tickets,
        after_url: `${API_BASE}/incremental/tickets/cursor.json?cursor=${encodeURIComponent(after)}`,
        after_cursor: after,
        before_url: null,
        before_cursor: null,
        end_of_stream: rest.length <= size,
        ...ticketSideloads(context, tickets),
      },
    }
  },
}

const ticketEventExport: Route = {
  method: 'GET',
  pattern: /^\/api\/v2\/incremental\/ticket_events$/,
  handle(context) {
    admitExport(context)
    const start = startTime(context)
    const withComments = includes(context.query).has('comment_events')
    const until = nowSeconds(context) - 60
    const rest = accountEvents(context.store, withComments).filter(
      (e) => e.timestamp >= start && e.timestamp <= until,
    )
    const events = rest.slice(0, PAGE)
    const endTime = events.at(-1)?.timestamp ?? start
    return {
      body: {
        ticket_events: events,
        next_page: `${API_BASE}/incremental/ticket_events.json?start_time=${endTime}`,
        count: events.length,
        end_time: endTime,
        end_of_stream: rest.length <= PAGE,
      },
    }
  },
}

/** `GET /users/show_many?ids=1,2`: up to 100 users; ids that do not exist are left out. */
const showManyUsers: Route = {
  method: 'GET',
  pattern: /^\/api\/v2\/users\/show_many$/,
  handle(context) {
    const ids = (context.query.get('ids') ?? '').split(',').filter(Boolean)
    if (ids.length > 100) throw badRequest('ids: at most 100')
    const users = ids.flatMap((id) => {
      const user = /^\d+$/.test(id) ? context.store.findUser(Number(id)) : undefined
      return user ? [user] : []
    })
    return { body: { users, next_page: null, previous_page: null, count: users.length } }
  },
}

export const incrementalRoutes: Route[] = [ticketExport, ticketEventExport, showManyUsers]
