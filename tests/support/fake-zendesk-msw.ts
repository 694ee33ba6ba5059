import { delay, http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { createFakeZendesk, type FakeZendesk } from '../../harness/fake-zendesk'
import { RateLimitGate, createApiTokenHttp, type HttpClient } from '../../src/helpdesk/http'

/**
 * The harness's fake Zendesk behind msw, for integration tests of the adapters' real HTTP requests, with faults
 * injected per request: 429 (with Retry-After), 500, a timeout (before or after the write applied), a 409, and
 * a malformed body (before or after the write applied).
 */

export const BASE = 'https://acme.zendesk.com'

export type FaultKind =
  '429' | '500' | 'timeout' | 'timeout-after-apply' | '409' | 'malformed' | 'malformed-after-apply'

export const FAULT_KINDS: readonly FaultKind[] = [
  '429',
  '500',
  'timeout',
  'timeout-after-apply',
  '409',
  'malformed',
  'malformed-after-apply',
]

export interface Fault {
  method: string
  path: RegExp
  kind: FaultKind
  times: number
}

const malformed = () =>
  new HttpResponse('{"ticket":{"id":42', { status: 200, headers: { 'content-type': 'application/json' } })

export function fakeZendeskOverMsw() {
  const server = setupServer()
  let zendesk: FakeZendesk | undefined
  let faults: Fault[] = []
  /** The user the requests are made as (the API token's owner). */
  let userId = 0

  const fake = () => {
    if (!zendesk) throw new Error('fake Zendesk not created yet')
    return zendesk
  }
  const forward = (method: string, url: URL, body: string) =>
    fake().handleApiRequest({ method, path: url.pathname + url.search, body, userId })

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterAll(() => server.close())
  afterEach(() => server.resetHandlers())
  beforeEach(() => {
    zendesk = createFakeZendesk()
    userId = zendesk.store.currentUserId
    faults = []
    server.use(
      http.all(`${BASE}/api/v2/*`, async ({ request }) => {
        const url = new URL(request.url)
        const body = await request.text()
        const fault = faults.find(
          (f) => f.times > 0 && f.method === request.method && f.path.test(url.pathname),
        )
        if (fault) {
          fault.times -= 1
          switch (fault.kind) {
            case '429':
              return HttpResponse.json(
                { error: 'APIRateLimitExceeded' },
                { status: 429, headers: { 'retry-after': '1' } },
              )
            case '500':
              return HttpResponse.json({ error: 'InternalServerError' }, { status: 500 })
            case '409':
              return HttpResponse.json(
                { error: 'UpdateConflict', description: 'Safe Update prevented the update' },
                { status: 409 },
              )
            case 'timeout':
              await delay('infinite')
              break
            case 'timeout-after-apply':
              forward(request.method, url, body)
              await delay('infinite')
              break
            case 'malformed':
              return malformed()
            case 'malformed-after-apply':
              forward(request.method, url, body)
              return malformed()
          }
        }
        const result = forward(request.method, url, body)
        return new HttpResponse(result.status === 204 ? null : result.body, {
          status: result.status,
          headers: result.headers,
        })
      }),
    )
  })

  return {
    server,
    zendesk: fake,
    forward,
    inject: (fault: Fault) => faults.push(fault),
    actAs: (id: number) => {
      userId = id
    },
    userId: () => userId,
    /** The API-token HTTP layer: Retry-After honoured without real waiting, a short timeout for timeouts. */
    http: (): HttpClient =>
      createApiTokenHttp(
        { subdomain: BASE, email: 'agent@fernly.example', apiToken: 'test-token' },
        {
          maxRateLimitRetries: 2,
          maxRetryWaitSeconds: 30,
          gate: new RateLimitGate(Date.now, async () => {}),
          timeoutMs: 300,
        },
      ),
  }
}
