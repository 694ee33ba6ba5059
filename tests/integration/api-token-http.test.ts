import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { HelpdeskError } from '../../src/helpdesk/errors'
import { RateLimitGate, createApiTokenHttp } from '../../src/helpdesk/http'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const noWaitGate = () => new RateLimitGate(Date.now, async () => undefined)
const credentials = { subdomain: 'acme', email: 'lead@acme.test', apiToken: 's3cret' }

describe('API-token HTTP (CLI and batch jobs)', () => {
  it('calls the account with Zendesk’s token basic auth', async () => {
    let authorization: string | null = null
    server.use(
      http.get('https://acme.zendesk.com/api/v2/users/me.json', ({ request }) => {
        authorization = request.headers.get('authorization')
        return HttpResponse.json({ user: { id: 1 } })
      }),
    )
    const client = createApiTokenHttp(credentials, {
      maxRateLimitRetries: 2,
      maxRetryWaitSeconds: 30,
      gate: noWaitGate(),
    })
    const response = await client.get('/api/v2/users/me.json')
    expect(response.data).toEqual({ user: { id: 1 } })
    expect(authorization).toBe(`Basic ${Buffer.from('lead@acme.test/token:s3cret').toString('base64')}`)
  })

  it('retries a 429 at most twice, then reports rate_limited', async () => {
    let calls = 0
    server.use(
      http.get('https://acme.zendesk.com/api/v2/search/export.json', () => {
        calls++
        return HttpResponse.json(
          { error: 'APIRateLimitExceeded' },
          { status: 429, headers: { 'Retry-After': '1' } },
        )
      }),
    )
    const client = createApiTokenHttp(credentials, {
      maxRateLimitRetries: 2,
      maxRetryWaitSeconds: 30,
      gate: noWaitGate(),
    })
    const error = await client.get('/api/v2/search/export.json').catch((e: unknown) => e)
    expect(calls).toBe(3)
    expect(error).toBeInstanceOf(HelpdeskError)
    expect(error).toMatchObject({ code: 'rate_limited', details: { retryAfterSeconds: 1 } })
  })

  it('reports a network failure as such', async () => {
    server.use(http.get('https://acme.zendesk.com/api/v2/tickets.json', () => HttpResponse.error()))
    const client = createApiTokenHttp(credentials)
    await expect(client.get('/api/v2/tickets.json')).rejects.toMatchObject({ code: 'network' })
  })
})
