import { delay, http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { HelpdeskError } from '../../src/helpdesk/errors'
import {
  RateLimitGate,
  createApiTokenHttp,
  createHttpClient,
  createZafHttp,
  type HttpClient,
  type HttpPolicy,
} from '../../src/helpdesk/http'
import { nodeHttpTransport } from '../../src/helpdesk/http/node-transport'
import type { ZafRequestOptions } from '../../src/helpdesk/zendesk/zaf-types'

/**
 * The behaviour both transports must share, against the same msw back end: the API-token fetch client, and
 * the ZAF client over a fake `client.request` that behaves like Zendesk's jQuery proxy (resolves a 2xx
 * with the complete response, rejects anything else with it, and fails a 2xx it cannot parse as JSON).
 */

const BASE = 'https://acme.zendesk.com'
const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

/** A jQuery-like `client.request` that forwards to msw, as Zendesk's proxy forwards to the API. */
function zafRequesterOverFetch() {
  return {
    async request<T>(options: ZafRequestOptions | string): Promise<T> {
      if (typeof options === 'string') throw new Error('the HTTP layer always passes options')
      let response: Response
      try {
        response = await fetch(`${BASE}${options.url}`, {
          method: options.type ?? 'GET',
          headers: options.contentType ? { 'Content-Type': options.contentType } : {},
          ...(typeof options.data === 'string' ? { body: options.data } : {}),
        })
      } catch {
        throw { status: 0, statusText: 'error', responseText: '' }
      }
      const responseText = await response.text()
      let responseJSON: unknown
      try {
        responseJSON = responseText ? JSON.parse(responseText) : undefined
      } catch {
        responseJSON = undefined
      }
      const headers = Object.fromEntries(response.headers.entries())
      const xhr = {
        status: response.status,
        statusText: response.statusText,
        responseText,
        responseJSON,
        headers,
      }
      const unparsable = responseText !== '' && responseJSON === undefined
      if (response.ok && !(unparsable && response.status !== 204)) return xhr as T
      throw xhr
    },
  }
}

function testGate() {
  let clock = 1_000_000
  const sleeps: number[] = []
  const gate = new RateLimitGate(
    () => clock,
    async (ms) => {
      sleeps.push(ms)
      clock += ms
    },
  )
  return { gate, sleeps }
}

const transports: Array<[string, (policy: HttpPolicy) => HttpClient]> = [
  [
    'API token over fetch',
    (policy) => createApiTokenHttp({ subdomain: 'acme', email: 'a@acme.test', apiToken: 't' }, policy),
  ],
  ['ZAF client.request', (policy) => createZafHttp(zafRequesterOverFetch(), policy)],
  [
    'API token over node:http (turnaround scan)',
    (policy) =>
      createHttpClient(nodeHttpTransport({ subdomain: 'acme', email: 'a@acme.test', apiToken: 't' }), policy),
  ],
]

describe.each(transports)('HTTP client: %s', (_name, create) => {
  function client(overrides: Partial<HttpPolicy> = {}) {
    const { gate, sleeps } = testGate()
    return {
      http: create({ maxRateLimitRetries: 2, maxRetryWaitSeconds: 30, gate, ...overrides }),
      sleeps,
      gate,
    }
  }

  it('returns status, lower-case headers and parsed JSON', async () => {
    server.use(
      http.get(`${BASE}/api/v2/tickets/1.json`, () =>
        HttpResponse.json({ ticket: { id: 1 } }, { headers: { 'X-Rate-Limit-Remaining': '699' } }),
      ),
    )
    const response = await client().http.request({ method: 'GET', path: '/api/v2/tickets/1.json' })
    expect(response.status).toBe(200)
    expect(response.data).toEqual({ ticket: { id: 1 } })
    expect(response.headers['x-rate-limit-remaining']).toBe('699')
  })

  it('sends a JSON body and encodes the query, bracketed keys included', async () => {
    let seen: { search: string; body: unknown; contentType: string | null } | undefined
    server.use(
      http.put(`${BASE}/api/v2/tickets/1.json`, async ({ request }) => {
        seen = {
          search: new URL(request.url).search,
          body: await request.json(),
          contentType: request.headers.get('content-type'),
        }
        return HttpResponse.json({ ticket: { id: 1 } })
      }),
    )
    await client().http.request({
      method: 'PUT',
      path: '/api/v2/tickets/1.json',
      query: { 'page[size]': 100, q: 'type:ticket status<solved', skipped: undefined, async: true },
      body: { ticket: { safe_update: true, updated_stamp: '2026-01-01T00:00:00Z' } },
    })
    expect(seen?.search).toBe('?page[size]=100&q=type%3Aticket%20status%3Csolved&async=true')
    expect(seen?.body).toEqual({ ticket: { safe_update: true, updated_stamp: '2026-01-01T00:00:00Z' } })
    expect(seen?.contentType).toMatch(/^application\/json/)
  })

  it('gives null data for a 204', async () => {
    server.use(
      http.delete(`${BASE}/api/v2/tickets/1/tags.json`, () => new HttpResponse(null, { status: 204 })),
    )
    const response = await client().http.request({ method: 'DELETE', path: '/api/v2/tickets/1/tags.json' })
    expect(response).toMatchObject({ status: 204, data: null })
  })

  it.each([
    [
      404,
      { error: 'RecordNotFound', description: 'Not found' },
      'not_found',
      'RecordNotFound: Not found',
      'RecordNotFound',
    ],
    [
      409,
      {
        error: 'UpdateConflict',
        description: 'Safe Update prevented the update due to outdated ticket data.',
      },
      'conflict',
      'UpdateConflict: Safe Update prevented the update due to outdated ticket data.',
      'UpdateConflict',
    ],
    [
      422,
      {
        error: 'RecordInvalid',
        description: 'Record validation errors',
        details: {
          status: [{ description: 'Status: closed prevents ticket update', error: 'InvalidValue' }],
        },
      },
      'unexpected',
      'RecordInvalid: Record validation errors (Status: closed prevents ticket update)',
      'RecordInvalid',
    ],
    [
      403,
      { error: { title: 'Forbidden', message: 'You do not have access to this page.' } },
      'forbidden',
      'Forbidden: You do not have access to this page.',
      'Forbidden',
    ],
    [500, 'oops, try later', 'server', 'oops, try later', undefined],
  ] as const)(
    'maps HTTP %i to %j with Zendesk’s explanation',
    async (status, body, code, problem, remoteError) => {
      let calls = 0
      server.use(
        http.put(`${BASE}/api/v2/tickets/1.json`, () => {
          calls++
          return typeof body === 'string'
            ? HttpResponse.text(body, { status })
            : HttpResponse.json(body as Record<string, unknown>, { status })
        }),
      )
      const error = await client()
        .http.request({ method: 'PUT', path: '/api/v2/tickets/1.json', query: { x: 1 }, body: {} })
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(HelpdeskError)
      expect(error).toMatchObject({
        code,
        details: {
          source: 'PUT /api/v2/tickets/1.json',
          status,
          problem,
          ...(remoteError ? { remoteError } : {}),
        },
      })
      expect((error as HelpdeskError).message).toContain(problem)
      // Only a 429 is ever retried: any other failed write may have been applied.
      expect(calls).toBe(1)
    },
  )

  it('waits out a short Retry-After on the shared gate and retries, even a write', async () => {
    let calls = 0
    server.use(
      http.post(`${BASE}/api/v2/tickets.json`, () => {
        calls++
        return calls === 1
          ? HttpResponse.json(
              { error: 'APIRateLimitExceeded' },
              { status: 429, headers: { 'Retry-After': '7' } },
            )
          : HttpResponse.json({ ticket: { id: 9 } }, { status: 201 })
      }),
    )
    const { http: httpClient, sleeps } = client()
    const response = await httpClient.request({
      method: 'POST',
      path: '/api/v2/tickets.json',
      body: { ticket: {} },
    })
    expect(calls).toBe(2)
    expect(sleeps).toEqual([7000])
    expect(response).toMatchObject({ status: 201, data: { ticket: { id: 9 } } })
  })

  it('stops after maxRateLimitRetries and reports rate_limited with the wait', async () => {
    let calls = 0
    server.use(
      http.get(`${BASE}/api/v2/search.json`, () => {
        calls++
        return HttpResponse.json(
          { error: 'APIRateLimitExceeded' },
          { status: 429, headers: { 'Retry-After': '1' } },
        )
      }),
    )
    const { http: httpClient, sleeps } = client()
    const error = await httpClient
      .request({ method: 'GET', path: '/api/v2/search.json' })
      .catch((e: unknown) => e)
    expect(calls).toBe(3)
    expect(sleeps).toEqual([1000, 1000])
    expect(error).toMatchObject({
      code: 'rate_limited',
      details: { status: 429, retryAfterSeconds: 1, source: 'GET /api/v2/search.json' },
    })
  })

  it('does not wait out a long Retry-After, but holds the next request of the client for it', async () => {
    let calls = 0
    server.use(
      http.get(`${BASE}/api/v2/search.json`, () => {
        calls++
        return calls === 1
          ? HttpResponse.json(
              { error: 'APIRateLimitExceeded' },
              { status: 429, headers: { 'Retry-After': '120' } },
            )
          : HttpResponse.json({ results: [] })
      }),
    )
    const { http: httpClient, sleeps } = client()
    const error = await httpClient
      .request({ method: 'GET', path: '/api/v2/search.json' })
      .catch((e: unknown) => e)
    expect(calls).toBe(1)
    expect(sleeps).toEqual([])
    expect(error).toMatchObject({ code: 'rate_limited', details: { retryAfterSeconds: 120, status: 429 } })

    await httpClient.request({ method: 'GET', path: '/api/v2/search.json' })
    expect(sleeps).toEqual([120_000])
  })

  it('names a 2xx body that is not JSON as malformed, never as data', async () => {
    server.use(http.get(`${BASE}/api/v2/tickets/1.json`, () => HttpResponse.html('<html>proxy error</html>')))
    const error = await client()
      .http.request({ method: 'GET', path: '/api/v2/tickets/1.json' })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({
      code: 'malformed_response',
      details: { source: 'GET /api/v2/tickets/1.json', status: 200 },
    })
    expect((error as HelpdeskError).details.problem).toMatch(/not JSON \(text\/html.*<html>proxy error/)
  })

  it('gives up on a server that never answers, as a network error naming the request', async () => {
    server.use(
      http.get(`${BASE}/api/v2/tickets/1.json`, async () => {
        await delay('infinite')
        return HttpResponse.json({})
      }),
    )
    const started = Date.now()
    const error = await client({ timeoutMs: 5_000 })
      .http.request({ method: 'GET', path: '/api/v2/tickets/1.json', timeoutMs: 60 })
      .catch((e: unknown) => e)
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(error).toMatchObject({
      code: 'network',
      details: { source: 'GET /api/v2/tickets/1.json', status: 0 },
    })
    expect((error as HelpdeskError).message).toBe(
      'GET /api/v2/tickets/1.json failed: timed out after 0.1 s without an answer',
    )
  })

  it('reports a failed connection as network', async () => {
    server.use(http.get(`${BASE}/api/v2/tickets/1.json`, () => HttpResponse.error()))
    await expect(
      client().http.request({ method: 'GET', path: '/api/v2/tickets/1.json' }),
    ).rejects.toMatchObject({ code: 'network', details: { source: 'GET /api/v2/tickets/1.json' } })
  })
})
