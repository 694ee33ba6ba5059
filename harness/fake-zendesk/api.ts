import { ZendeskApiError, invalidEndpoint, unauthorized } from './errors'
import { FaultInjector, type FaultSpec } from './faults'
import { RateLimiter, type RateLimitOptions } from './rate-limits'
import { readRoutes } from './read-routes'
import type { Route } from './route-context'
import { FakeZendeskStore, type StoreOptions } from './store'
import { systemClock } from './time'
import { writeRoutes } from './write-routes'
import { customObjectRoutes } from './custom-objects/object-routes'
import { customObjectRecordRoutes } from './custom-objects/record-routes'
import { groupRoutes } from './group-routes'
import { searchRoutes } from './history/search-routes'
import { incrementalRoutes } from './incremental-routes'
import { localeRoutes } from './locale-routes'
import { dynamicContentRoutes } from './rules/dynamic-content-routes'
import { ruleRoutes } from './rules/rule-routes'

export interface ApiRequest {
  method: string
  /** "/api/v2/tickets/1.json", optionally with a query string. */
  path: string
  query?: URLSearchParams | Record<string, string> | string
  /** Parsed JSON, or the raw text of the request body. */
  body?: unknown
  /** The signed-in user (the agent's session); undefined = no session → 401. */
  userId?: number
}

export interface ApiResponse {
  status: number
  headers: Record<string, string>
  /** The exact response text (JSON, or deliberately malformed text under fault injection). */
  body: string
}

export interface FakeZendeskOptions extends StoreOptions {
  rateLimits?: RateLimitOptions
}

const routes: Route[] = [
  ...readRoutes,
  ...writeRoutes,
  ...groupRoutes,
  ...searchRoutes,
  ...incrementalRoutes,
  ...customObjectRoutes,
  ...customObjectRecordRoutes,
  ...ruleRoutes,
  ...dynamicContentRoutes,
  ...localeRoutes,
]
const JSON_TYPE = 'application/json; charset=utf-8'

function splitPath(request: ApiRequest): { path: string; query: URLSearchParams } {
  const [rawPath = '', inlineQuery = ''] = request.path.split('?', 2)
  const query = new URLSearchParams(inlineQuery)
  const extra =
    request.query instanceof URLSearchParams ? request.query : new URLSearchParams(request.query ?? undefined)
  for (const [key, value] of extra) query.set(key, value)
  return { path: rawPath, query }
}

function parseBody(body: unknown): unknown {
  if (typeof body !== 'string') return body
  if (body.trim() === '') return undefined
  try {
    return JSON.parse(body)
  } catch {
    throw new ZendeskApiError(400, {
      error: 'Unprocessable Entity',
      description: 'The request body is not valid JSON',
    })
  }
}

/**
 * The fake account behind `/api/v2`: a store plus Zendesk's request pipeline
 * (session → injected faults → route → rate limits → handler → JSON with Zendesk's headers).
 */
export class FakeZendesk {
  readonly store: FakeZendeskStore
  readonly faults = new FaultInjector()
  readonly rateLimiter: RateLimiter

  constructor(options: FakeZendeskOptions = {}) {
    this.store = new FakeZendeskStore(options)
    // Rate limits pace requests in the caller's time, not the account's (which stands still between
    // clock moves): a 429's Retry-After must run out while the app waits.
    this.rateLimiter = new RateLimiter(options.clock ?? systemClock, options.rateLimits)
  }

  injectFault(spec: FaultSpec): number {
    return this.faults.inject(spec)
  }

  clearFaults(id?: number): void {
    this.faults.clear(id)
  }

  handleApiRequest(request: ApiRequest): ApiResponse {
    const method = request.method.toUpperCase()
    const { path, query } = splitPath(request)
    let rateHeaders: Record<string, string> = {}
    try {
      if (request.userId === undefined) throw unauthorized()
      const fault = this.faults.take(method, path)
      if (fault) return fault
      const bare = path.replace(/\.json$/, '')
      const match = routes
        .filter((candidate) => candidate.method === method)
        .map((candidate) => ({ route: candidate, params: candidate.pattern.exec(bare) }))
        .find((candidate) => candidate.params !== null)
      if (!match?.params) throw invalidEndpoint()
      const ticketId = Number(match.params[1])
      rateHeaders = this.rateLimiter.admit({
        isTicketUpdate: match.route.isTicketUpdate === true,
        ticketId: Number.isFinite(ticketId) ? ticketId : undefined,
        userId: request.userId,
      })
      let body = parseBody(request.body)
      if (method === 'DELETE' && body === undefined && query.has('tags')) {
        // Zendesk also accepts `DELETE …/tags.json?tags=a,b`.
        body = { tags: (query.get('tags') ?? '').split(',').filter(Boolean) }
      }
      const result = match.route.handle({
        store: this.store,
        method,
        path,
        query,
        body,
        userId: request.userId,
        params: match.params.slice(1),
      })
      const status = result.status ?? 200
      // 204 No Content (deletes) has no body and no content type.
      if (status === 204) return { status, headers: rateHeaders, body: '' }
      return {
        status,
        headers: { 'content-type': JSON_TYPE, ...rateHeaders },
        body: JSON.stringify(result.body),
      }
    } catch (error) {
      if (!(error instanceof ZendeskApiError)) throw error
      return {
        status: error.status,
        headers: { 'content-type': JSON_TYPE, ...rateHeaders, ...error.headers },
        body: JSON.stringify(error.body),
      }
    }
  }
}

export function createFakeZendesk(options: FakeZendeskOptions = {}): FakeZendesk {
  return new FakeZendesk(options)
}
