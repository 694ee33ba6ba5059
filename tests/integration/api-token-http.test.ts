import { delay, http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { HelpdeskError } from '../../src/helpdesk/errors'
import { RateLimitGate, apiBaseUrl, createApiTokenHttp } from '../../src/helpdesk/http'

// What is specific to the fetch transport; the behaviour it shares with ZAF is in http-contract.test.ts.

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  vi.useRealTimers()
})
afterAll(() => server.close())

const policy = () => ({
  maxRateLimitRetries: 2,
  maxRetryWaitSeconds: 30,
  gate: new RateLimitGate(Date.now, async () => undefined),
})
const credentials = { subdomain: 'acme', email: 'lead@acme.test', apiToken: 's3cret' }
const basic = (userPass: string) => `Basic ${Buffer.from(userPass, 'utf8').toString('base64')}`

describe('API-token HTTP (CLI and batch jobs)', () => {
  it('calls the account with Zendesk’s token basic auth and asks for JSON', async () => {
    let seen: { authorization: string | null; accept: string | null; contentType: string | null } | undefined
    server.use(
      http.get('https://acme.zendesk.com/api/v2/users/me.json', ({ request }) => {
        seen = {
          authorization: request.headers.get('authorization'),
          accept: request.headers.get('accept'),
          contentType: request.headers.get('content-type'),
        }
        return HttpResponse.json({ user: { id: 1 } })
      }),
    )
    const response = await createApiTokenHttp(credentials, policy()).request({
      method: 'GET',
      path: '/api/v2/users/me.json',
    })
    expect(response.data).toEqual({ user: { id: 1 } })
    expect(seen).toEqual({
      authorization: basic('lead@acme.test/token:s3cret'),
      accept: 'application/json',
      contentType: null,
    })
  })

  it('encodes credentials outside Latin-1 as UTF-8', async () => {
    let authorization: string | null = null
    server.use(
      http.get('https://acme.zendesk.com/api/v2/users/me.json', ({ request }) => {
        authorization = request.headers.get('authorization')
        return HttpResponse.json({})
      }),
    )
    const client = createApiTokenHttp({ ...credentials, email: 'hanako@例え.jp' }, policy())
    await client.request({ method: 'GET', path: '/api/v2/users/me.json' })
    expect(authorization).toBe(basic('hanako@例え.jp/token:s3cret'))
  })

  it('takes a full base URL instead of a subdomain', async () => {
    expect(apiBaseUrl('acme')).toBe('https://acme.zendesk.com')
    expect(apiBaseUrl('http://127.0.0.1:4567/')).toBe('http://127.0.0.1:4567')
    server.use(
      http.get('http://127.0.0.1:4567/api/v2/users/me.json', () => HttpResponse.json({ user: { id: 2 } })),
    )
    const client = createApiTokenHttp({ ...credentials, subdomain: 'http://127.0.0.1:4567/' }, policy())
    await expect(client.request({ method: 'GET', path: '/api/v2/users/me.json' })).resolves.toMatchObject({
      data: { user: { id: 2 } },
    })
  })

  it('aborts the request after 30 s by default', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    let aborted = false
    server.use(
      http.get('https://acme.zendesk.com/api/v2/tickets.json', async ({ request }) => {
        request.signal.addEventListener('abort', () => {
          aborted = true
        })
        await delay('infinite')
        return HttpResponse.json({})
      }),
    )
    const pending = createApiTokenHttp(credentials)
      .request({ method: 'GET', path: '/api/v2/tickets.json' })
      .catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(29_000)
    expect(aborted).toBe(false)
    await vi.advanceTimersByTimeAsync(1_000)
    const error = await pending
    expect(error).toBeInstanceOf(HelpdeskError)
    expect(error).toMatchObject({ code: 'network', message: expect.stringContaining('timed out after 30 s') })
    expect(aborted).toBe(true)
  })
})
