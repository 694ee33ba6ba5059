/**
 * The period's tickets through `GET /api/v2/search/export` (cursor-based, no 1,000-result cap, agents may call
 * it — unlike the incremental exports and the ratings list, which are admin-only). One query per month, so a
 * failure can say exactly which month is missing and a retry restarts only that month.
 *
 * Query: `type:ticket created>{start − 1 s} created<{end}`. Search's documented comparison operators are `>` and
 * `<`; ticket times have whole seconds, so "after one second before the start" is "at or after the start".
 */
import type { ImpactTicket } from '../../../core/impact/types'
import type { HttpClient } from '../../http/types'
import { parseBoundary } from '../../parse'
import { searchCountSchema, searchExportPageSchema } from './schemas'
import { impactTicketOf } from './ticket-of'

export const SEARCH_EXPORT_PATH = '/api/v2/search/export'
export const SEARCH_COUNT_PATH = '/api/v2/search/count'
/** The most Zendesk allows: fewer requests against the endpoint's 100-per-minute limit. */
export const SEARCH_PAGE_SIZE = 1000

const searchTime = (time: number) => new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z')

export function createdBetweenQuery(start: string, end: string): string {
  return `type:ticket created>${searchTime(Date.parse(start) - 1000)} created<${searchTime(Date.parse(end))}`
}

export interface PageReader {
  /** Called before each request; throws to stop (the agent cancelled). */
  beforeRequest(): void
  /** Wraps each request so a cancel does not wait for it. */
  run<T>(request: Promise<T>): Promise<T>
  onPage(ticketsSoFar: number): void
}

/** Every ticket created in `[start, end)`, page by page. */
export async function exportTickets(
  http: HttpClient,
  start: string,
  end: string,
  reader: PageReader,
): Promise<ImpactTicket[]> {
  const query = createdBetweenQuery(start, end)
  const source = `GET ${SEARCH_EXPORT_PATH}`
  const byId = new Map<string, ImpactTicket>()
  const from = Date.parse(start)
  const to = Date.parse(end)
  let after: string | undefined
  for (;;) {
    reader.beforeRequest()
    const response = await reader.run(
      http.request({
        method: 'GET',
        path: SEARCH_EXPORT_PATH,
        query: { query, 'filter[type]': 'ticket', 'page[size]': SEARCH_PAGE_SIZE, 'page[after]': after },
      }),
    )
    const page = parseBoundary(searchExportPageSchema, response.data, source)
    for (const result of page.results) {
      const ticket = impactTicketOf(result, source)
      const time = Date.parse(ticket.createdAt)
      // The cursor may repeat a ticket across pages; the query's bounds are checked again here.
      if (time >= from && time < to) byId.set(ticket.id, ticket)
    }
    reader.onPage(byId.size)
    if (!page.meta.has_more || !page.meta.after_cursor) return [...byId.values()]
    after = page.meta.after_cursor
  }
}

/** How many tickets the period has, for the progress bar; null when search cannot say. */
export async function countTickets(http: HttpClient, start: string, end: string): Promise<number> {
  const response = await http.request({
    method: 'GET',
    path: SEARCH_COUNT_PATH,
    query: { query: createdBetweenQuery(start, end) },
  })
  return parseBoundary(searchCountSchema, response.data, `GET ${SEARCH_COUNT_PATH}`).count
}
