import type { FakeZendeskStore } from './store'

/** What a route handler gets: the parsed request and the store. */
export interface RouteContext {
  store: FakeZendeskStore
  method: string
  /** Path without the query, with a trailing ".json" kept as sent. */
  path: string
  query: URLSearchParams
  body: unknown
  userId: number
  params: string[]
}

export interface RouteResult {
  status?: number
  body: unknown
}

export interface Route {
  method: 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE'
  /** Matched against the path with the optional ".json" suffix removed. */
  pattern: RegExp
  /** Ticket updates count against the per-ticket and Update Ticket limits. */
  isTicketUpdate?: boolean
  handle(context: RouteContext): RouteResult
}

/** `include=users,metric_sets` → a set of sideload names. */
export function includes(query: URLSearchParams): Set<string> {
  return new Set(
    (query.get('include') ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
  )
}

export function idParam(context: RouteContext, index = 0): number {
  return Number(context.params[index])
}
