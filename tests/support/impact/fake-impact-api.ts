/**
 * A small in-memory Zendesk for the impact loader's tests: `/api/v2/search/export` and `/search/count` over a
 * list of tickets (cursor pages), and the ledger's records list (newest first, 100 a page), behind the app's
 * real HTTP policy. Faults are queued per path: a status (with Retry-After) or a malformed body.
 */
import {
  createHttpClient,
  RateLimitGate,
  type HttpClient,
  type TransportRequest,
} from '../../../src/helpdesk/http'

export interface FakeTicket {
  id: number
  created_at: string
  requester_id: number
  tags: string[]
  satisfaction_rating: { score: string } | null
}

export interface FakeRecord {
  id: string
  external_id: string
  created_at: string
  custom_object_fields: Record<string, string | number | boolean>
}

export type Fault = { status: number; retryAfter?: number } | { malformed: true }

export interface FakeImpactApi {
  http: HttpClient
  requests: string[]
  /** Queues a fault for the n-th next request (1 = the next) whose path starts with `path`. */
  fail(path: string, fault: Fault, nth?: number): void
  /** Waits the HTTP layer took for 429s (ms). */
  slept: number[]
}

const searchTime = (value: string) => Date.parse(value)

function parseQuery(query: string): { from: number; to: number } {
  const from = /created>(\S+)/.exec(query)?.[1]
  const to = /created<(\S+)/.exec(query)?.[1]
  if (!query.includes('type:ticket') || !from || !to) throw new Error(`unexpected query ${query}`)
  return { from: searchTime(from), to: searchTime(to) }
}

export function fakeImpactApi(tickets: readonly FakeTicket[], records: readonly FakeRecord[]): FakeImpactApi {
  const requests: string[] = []
  const faults: Array<{ path: string; fault: Fault; countdown: number }> = []
  const slept: number[] = []
  const json = (body: unknown, status = 200, headers: Record<string, string> = {}) => ({
    status,
    headers: { 'content-type': 'application/json', ...headers },
    text: JSON.stringify(body),
  })
  const newestFirst = [...records].sort((a, b) => (a.id < b.id ? 1 : -1))

  async function transport(request: TransportRequest) {
    const url = new URL(request.url, 'https://fake.zendesk.com')
    requests.push(`${request.method} ${url.pathname}?${url.searchParams.toString()}`)
    const fault = faults.find(
      (candidate) => url.pathname.startsWith(candidate.path) && --candidate.countdown === 0,
    )
    if (fault) {
      faults.splice(faults.indexOf(fault), 1)
      if ('malformed' in fault.fault) return json({ results: 'nope' })
      return json({ error: 'Fault' }, fault.fault.status, {
        ...(fault.fault.retryAfter !== undefined ? { 'retry-after': String(fault.fault.retryAfter) } : {}),
      })
    }
    const params = url.searchParams
    if (url.pathname === '/api/v2/search/count') {
      const { from, to } = parseQuery(params.get('query') ?? '')
      return json({
        count: tickets.filter((t) => searchTime(t.created_at) > from && searchTime(t.created_at) < to).length,
      })
    }
    if (url.pathname === '/api/v2/search/export') {
      if (params.get('filter[type]') !== 'ticket') return json({ error: 'filter[type] required' }, 400)
      const { from, to } = parseQuery(params.get('query') ?? '')
      const size = Number(params.get('page[size]'))
      const matching = tickets
        .filter((t) => searchTime(t.created_at) > from && searchTime(t.created_at) < to)
        .sort((a, b) => a.id - b.id)
      const after = Number(params.get('page[after]') ?? 0)
      const page = matching.filter((t) => t.id > after).slice(0, size)
      const last = page.at(-1)
      const hasMore = last !== undefined && matching.some((t) => t.id > last.id)
      return json({
        results: page.map((t) => ({ ...t, result_type: 'ticket' })),
        facets: null,
        meta: { has_more: hasMore, after_cursor: hasMore ? String(last.id) : null, before_cursor: null },
        links: { prev: null, next: hasMore ? `https://fake/next?page[after]=${last.id}` : null },
      })
    }
    if (url.pathname === '/api/v2/custom_objects/turnaround_ledger/records') {
      const after = params.get('page[after]')
      const start = after ? newestFirst.findIndex((record) => record.id < after) : 0
      const page = start === -1 ? [] : newestFirst.slice(start, start + Number(params.get('page[size]')))
      const last = page.at(-1)
      const hasMore = last !== undefined && newestFirst.at(-1) !== last
      return json({
        custom_object_records: page,
        meta: { has_more: hasMore, after_cursor: hasMore ? last.id : null, before_cursor: null },
        links: { next: null, prev: null },
      })
    }
    return json({ error: 'InvalidEndpoint' }, 404)
  }

  const gate = new RateLimitGate(Date.now, async (ms) => {
    slept.push(ms)
  })
  return {
    http: createHttpClient(transport, { maxRateLimitRetries: 2, maxRetryWaitSeconds: 30, gate }),
    requests,
    slept,
    fail: (path, fault, nth = 1) => faults.push({ path, fault, countdown: nth }),
  }
}
