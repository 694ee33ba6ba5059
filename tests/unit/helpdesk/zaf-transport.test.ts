import { afterEach, describe, expect, it, vi } from 'vitest'
import { HelpdeskError } from '../../../src/helpdesk/errors'
import { RateLimitGate, createZafHttp, type HttpPolicy } from '../../../src/helpdesk/http'
import type { ZafHttpResponse, ZafRequestOptions } from '../../../src/helpdesk/zendesk/zaf-types'

// The ZAF transport against a scripted `client.request`: what it asks the host for, and every shape of
// answer a host may give. The behaviour shared with the fetch transport is in http-contract.test.ts.

afterEach(() => {
  vi.useRealTimers()
})

type Answer = { resolve: unknown } | { reject: unknown } | 'never'

/** A `client.request` that answers from a script, one answer per call, and records what it was asked. */
function scriptedZaf(...answers: Answer[]) {
  const calls: ZafRequestOptions[] = []
  const requester = {
    request<T>(options: ZafRequestOptions | string): Promise<T> {
      if (typeof options === 'string') throw new Error('the HTTP layer always passes options')
      calls.push(options)
      const answer = answers[calls.length - 1]
      if (!answer) throw new Error(`no scripted answer for call ${calls.length}`)
      if (answer === 'never') return new Promise<T>(() => undefined)
      return 'resolve' in answer ? Promise.resolve(answer.resolve as T) : Promise.reject(answer.reject)
    },
  }
  return { requester, calls }
}

function policy(overrides: Partial<HttpPolicy> = {}) {
  let clock = 0
  const sleeps: number[] = []
  const gate = new RateLimitGate(
    () => clock,
    async (ms) => {
      sleeps.push(ms)
      clock += ms
    },
  )
  return { policy: { maxRateLimitRetries: 2, maxRetryWaitSeconds: 30, gate, ...overrides }, sleeps }
}

const ok = (json: unknown, extra: Partial<ZafHttpResponse> = {}): ZafHttpResponse => ({
  status: 200,
  responseText: JSON.stringify(json),
  responseJSON: json,
  headers: { 'Content-Type': 'application/json' },
  ...extra,
})

describe('ZAF transport', () => {
  it('asks the host for the complete response, JSON, no automatic retry and a timeout', async () => {
    const { requester, calls } = scriptedZaf({ resolve: ok({}) }, { resolve: ok({}) })
    const http = createZafHttp(requester, { ...policy().policy, timeoutMs: 12_000 })
    await http.request({ method: 'GET', path: '/api/v2/tickets/1.json', query: { include: 'users' } })
    await http.request({ method: 'PUT', path: '/api/v2/tickets/1.json', body: { ticket: { tags: ['a'] } } })
    expect(calls).toEqual([
      {
        url: '/api/v2/tickets/1.json?include=users',
        type: 'GET',
        dataType: 'json',
        httpCompleteResponse: true,
        autoRetry: false,
        timeout: 12_000,
      },
      {
        url: '/api/v2/tickets/1.json',
        type: 'PUT',
        dataType: 'json',
        httpCompleteResponse: true,
        autoRetry: false,
        timeout: 12_000,
        data: '{"ticket":{"tags":["a"]}}',
        contentType: 'application/json',
      },
    ])
  })

  it('reads Retry-After from a host that gives headers through get()', async () => {
    const limited: ZafHttpResponse = {
      status: 429,
      responseText: '{"error":"APIRateLimitExceeded"}',
      headers: { get: (name: string) => (name === 'retry-after' ? '4' : null) },
    }
    const { requester, calls } = scriptedZaf({ reject: limited }, { resolve: ok({ ticket: { id: 1 } }) })
    const { policy: withGate, sleeps } = policy()
    const response = await createZafHttp(requester, withGate).request({ method: 'GET', path: '/x.json' })
    expect(calls).toHaveLength(2)
    expect(sleeps).toEqual([4000])
    expect(response.data).toEqual({ ticket: { id: 1 } })
  })

  it('reads headers through jqXHR getResponseHeader when there is no headers object', async () => {
    const answer: ZafHttpResponse = {
      status: 200,
      responseText: '{"a":1}',
      getResponseHeader: (name) => (name === 'etag' ? 'W/"abc"' : null),
    }
    const { requester } = scriptedZaf({ resolve: answer })
    const response = await createZafHttp(requester, policy().policy).request({
      method: 'GET',
      path: '/x.json',
    })
    expect(response).toMatchObject({ data: { a: 1 }, headers: { etag: 'W/"abc"' } })
  })

  it('prefers the body the host already parsed', async () => {
    const { requester } = scriptedZaf({ resolve: { status: 200, responseJSON: { parsed: true } } })
    const response = await createZafHttp(requester, policy().policy).request({
      method: 'GET',
      path: '/x.json',
    })
    expect(response.data).toEqual({ parsed: true })
  })

  it.each([
    [
      'status 0',
      { reject: { status: 0, statusText: 'error', responseText: '' } },
      /Zendesk could not complete it \(error\)/,
    ],
    ['an Error', { reject: new Error('Invalid request') }, /Invalid request/],
    ['a bare body', { resolve: { tickets: [] } }, /without an HTTP status/],
    ['nothing', { resolve: undefined }, /without an HTTP status/],
  ] as const)(
    'reports %s from the host as a network error naming the request',
    async (_case, answer, reason) => {
      const { requester } = scriptedZaf(answer)
      const error = await createZafHttp(requester, policy().policy)
        .request({ method: 'POST', path: '/api/v2/tickets.json', body: {} })
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(HelpdeskError)
      expect(error).toMatchObject({
        code: 'network',
        details: { source: 'POST /api/v2/tickets.json', status: 0 },
      })
      expect((error as HelpdeskError).message).toMatch(reason)
    },
  )

  it('reports the host’s own timeout as timed out', async () => {
    const { requester } = scriptedZaf({ reject: { status: 0, statusText: 'timeout', responseText: '' } })
    const error = await createZafHttp(requester, { ...policy().policy, timeoutMs: 8_000 })
      .request({ method: 'GET', path: '/x.json' })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({
      code: 'network',
      message: 'GET /x.json failed: timed out after 8 s without an answer',
    })
  })

  it('stops waiting for a host that never answers, at the timeout and not before', async () => {
    vi.useFakeTimers()
    const { requester } = scriptedZaf('never')
    let settled: unknown
    void createZafHttp(requester, policy().policy)
      .request({ method: 'GET', path: '/api/v2/tickets/1.json', timeoutMs: 10_000 })
      .catch((e: unknown) => {
        settled = e
      })
    await vi.advanceTimersByTimeAsync(9_999)
    expect(settled).toBeUndefined()
    await vi.advanceTimersByTimeAsync(1)
    expect(settled).toMatchObject({
      code: 'network',
      message: 'GET /api/v2/tickets/1.json failed: timed out after 10 s without an answer',
    })
  })

  it('names a 2xx the host could not parse (jQuery parsererror) as malformed', async () => {
    const { requester } = scriptedZaf({
      reject: {
        status: 200,
        statusText: 'parsererror',
        responseText: 'Not JSON',
        headers: { 'content-type': 'text/plain' },
      },
    })
    const error = await createZafHttp(requester, policy().policy)
      .request({ method: 'GET', path: '/x.json' })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({
      code: 'malformed_response',
      details: { status: 200, problem: 'the body is not JSON (text/plain): "Not JSON"' },
    })
  })
})
