import { badRequest } from '../errors'
import { API_BASE } from '../records'
import type { Route, RouteContext } from '../route-context'
import type { ZendeskTicket } from '../types'
import { parseTicketSearch } from './search-query'

/**
 * `GET /api/v2/search/export` (cursor pages, `filter[type]` required, `page[size]` up to 1,000, no count) and
 * `GET /api/v2/search/count`, over the workspace's tickets and the archive, in Zendesk's payload shape:
 * `results` (each with `result_type`), `facets`, `meta.has_more/after_cursor/before_cursor`, `links.next/prev`.
 * Pages are keyed on (created_at, id), so a ticket created while paging never shifts a page boundary.
 */

const MAX_PAGE_SIZE = 1000
const DEFAULT_PAGE_SIZE = 100

function matching(context: RouteContext): ZendeskTicket[] {
  const search = parseTicketSearch(context.query.get('query'))
  const live = context.store.listTickets()
  return [...live, ...context.store.archive.all()]
    .filter((ticket) => search.test(ticket))
    .sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id - b.id))
}

type Key = [string, number]
const encode = (key: Key) => Buffer.from(JSON.stringify(key)).toString('base64url')

function decode(cursor: string): Key {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown
    if (Array.isArray(key) && typeof key[0] === 'string' && typeof key[1] === 'number')
      return [key[0], key[1]]
  } catch {
    // reported below
  }
  throw badRequest('page[after] is not a valid cursor')
}

const after = (ticket: ZendeskTicket, [createdAt, id]: Key) =>
  ticket.created_at > createdAt || (ticket.created_at === createdAt && ticket.id > id)

const searchExport: Route = {
  method: 'GET',
  pattern: /^\/api\/v2\/search\/export$/,
  handle(context) {
    const type = context.query.get('filter[type]')
    if (!type) throw badRequest('filter[type] is required (ticket, user, organization or group)')
    if (type !== 'ticket') throw badRequest(`the harness exports tickets only, not ${type}`)
    const rawSize = context.query.get('page[size]')
    const size = rawSize === null ? DEFAULT_PAGE_SIZE : Number(rawSize)
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
      throw badRequest(`page[size] must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
    }
    const cursor = context.query.get('page[after]')
    const all = matching(context)
    const from = cursor ? all.findIndex((ticket) => after(ticket, decode(cursor))) : 0
    const start = from === -1 ? all.length : from
    const page = all.slice(start, start + size)
    const last = page.at(-1)
    const hasMore = start + size < all.length
    const afterCursor = hasMore && last ? encode([last.created_at, last.id]) : null
    const next = new URLSearchParams(context.query)
    if (afterCursor) next.set('page[after]', afterCursor)
    return {
      body: {
        results: page.map((ticket) => ({ ...ticket, result_type: 'ticket' })),
        facets: null,
        meta: { has_more: hasMore, after_cursor: afterCursor, before_cursor: null },
        links: { prev: null, next: afterCursor ? `${API_BASE}/search/export?${next.toString()}` : null },
      },
    }
  },
}

const searchCount: Route = {
  method: 'GET',
  pattern: /^\/api\/v2\/search\/count$/,
  handle: (context) => ({ body: { count: matching(context).length } }),
}

export const searchRoutes: Route[] = [searchExport, searchCount]
