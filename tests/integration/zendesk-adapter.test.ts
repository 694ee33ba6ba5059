// @vitest-environment jsdom
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { HelpdeskError } from '../../src/helpdesk/errors'
import { RateLimitGate, createZafHttp } from '../../src/helpdesk/http'
import { connectZendesk } from '../../src/helpdesk/zendesk/connect'
import { ZendeskHelpdesk } from '../../src/helpdesk/zendesk/zendesk-helpdesk'
import { FakeZafHost } from '../support/fake-zaf-host'
import { API_BASE, REQUESTER_ID, TICKET_ID, handlers, zafTicketData } from '../support/zendesk-api'

const server = setupServer(...handlers)
const ORIGIN = window.location.origin

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

let host: FakeZafHost
beforeEach(() => {
  window.history.replaceState(null, '', `/?origin=${encodeURIComponent(ORIGIN)}&app_guid=guid-1`)
})

/** Connects the real SDK to a fresh fake host and builds the adapter on it. */
async function connect(
  settings: Record<string, unknown> = {},
  data: Record<string, unknown> = zafTicketData,
) {
  host = new FakeZafHost({
    origin: ORIGIN,
    appGuid: 'guid-1',
    settings,
    ticketId: TICKET_ID,
    data,
    apiBase: API_BASE,
  })
  host.install()
  const connection = await connectZendesk(undefined, 2000)
  const sleeps: number[] = []
  const gate = new RateLimitGate(Date.now, async (ms) => {
    sleeps.push(ms)
  })
  const http = createZafHttp(connection.client, { maxRateLimitRetries: 2, maxRetryWaitSeconds: 30, gate })
  return { helpdesk: new ZendeskHelpdesk(connection.client, http, connection.metadata), sleeps, connection }
}

describe('Zendesk adapter over the real ZAF SDK', () => {
  it('registers through the handshake and exposes the context and settings', async () => {
    const { connection } = await connect({ detection_sensitivity: 'high' })
    expect(connection.context).toMatchObject({ location: 'ticket_sidebar', ticketId: TICKET_ID })
    expect(connection.metadata.settings).toEqual({ detection_sensitivity: 'high' })
    expect(host.received[0]).toMatchObject({ key: 'iframe.handshake' })
  })

  it('reads one ticket into a snapshot with two REST calls', async () => {
    const { helpdesk } = await connect({ reply_sla_minutes: '120' })
    const context = await helpdesk.readTicketContext()
    const { snapshot } = context

    expect(host.requests.map((r) => String(r.url).split('?')[0])).toEqual([
      `/api/v2/tickets/${TICKET_ID}/comments.json`,
      `/api/v2/users/${REQUESTER_ID}/tickets/requested.json`,
    ])
    expect(host.requests.every((r) => r.autoRetry === false && r.httpCompleteResponse === true)).toBe(true)
    expect(context.settings).toEqual({ detectionSensitivity: 'normal', replySlaMinutes: 120 })
    expect(context.agent).toMatchObject({ name: 'Alex Agent', locale: 'en-US' })
    expect(snapshot).toMatchObject({
      id: String(TICKET_ID),
      locale: 'ja',
      channel: 'email',
      status: 'open',
      priority: 'high',
      createdAt: '2026-11-20T09:00:00.000Z',
      csat: {
        score: 'bad',
        comment: '何度も連絡したのに返事が遅すぎます',
        reason: 'The issue took too long to resolve',
      },
      metrics: { reopens: 2, replies: 3, firstReplyMinutes: 600, requesterWaitMinutes: 1900 },
      requester: { name: '佐藤 花子', locale: 'ja' },
      assignee: { name: 'Alex Agent' },
    })
    expect(snapshot.comments.map((c) => [c.author, c.public])).toEqual([
      ['customer', true],
      ['agent', true],
      ['agent', false],
      ['customer', true],
    ])
    expect(snapshot.history?.map((t) => [t.id, t.csat?.score])).toEqual([
      ['35001', 'bad'],
      ['34001', 'good'],
    ])
  })

  it('falls back to the ticket itself when it is not among the requester’s recent tickets', async () => {
    server.use(
      http.get(`${API_BASE}/api/v2/users/:id/tickets/requested.json`, () =>
        HttpResponse.json({ tickets: [], next_page: null, previous_page: null, count: 0 }),
      ),
    )
    const { helpdesk } = await connect()
    const { snapshot } = await helpdesk.readTicketContext()
    expect(host.requests).toHaveLength(3)
    expect(snapshot.csat?.score).toBe('bad')
    expect(snapshot.metrics?.reopens).toBe(2)
  })

  it('waits out a 429 Retry-After once and then succeeds', async () => {
    let calls = 0
    server.use(
      http.get(`${API_BASE}/api/v2/tickets/:id/comments.json`, () => {
        calls++
        if (calls === 1)
          return HttpResponse.json(
            { error: 'TooManyRequests' },
            { status: 429, headers: { 'Retry-After': '7' } },
          )
        return undefined
      }),
    )
    const { helpdesk, sleeps } = await connect()
    const { snapshot } = await helpdesk.readTicketContext()
    expect(calls).toBe(2)
    expect(sleeps.some((ms) => ms > 6000 && ms <= 7000)).toBe(true)
    expect(snapshot.comments).toHaveLength(4)
  })

  it('gives up on a long Retry-After with a rate_limited error that says how long to wait', async () => {
    server.use(
      http.get(`${API_BASE}/api/v2/tickets/:id/comments.json`, () =>
        HttpResponse.json({ error: 'TooManyRequests' }, { status: 429, headers: { 'Retry-After': '120' } }),
      ),
    )
    const { helpdesk } = await connect()
    const error = await helpdesk.readTicketContext().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HelpdeskError)
    expect(error).toMatchObject({ code: 'rate_limited', details: { retryAfterSeconds: 120, status: 429 } })
  })

  it('names a server error and the request that failed', async () => {
    server.use(
      http.get(`${API_BASE}/api/v2/users/:id/tickets/requested.json`, () =>
        HttpResponse.text('oops', { status: 500 }),
      ),
    )
    const { helpdesk } = await connect()
    const error = await helpdesk.readTicketContext().catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'server', details: { status: 500 } })
    expect((error as HelpdeskError).details.source).toContain(
      `/api/v2/users/${REQUESTER_ID}/tickets/requested.json`,
    )
  })

  it('names the field of a malformed payload', async () => {
    server.use(
      http.get(`${API_BASE}/api/v2/tickets/:id/comments.json`, () =>
        HttpResponse.json({
          comments: [{ id: 1, author_id: 2, body: 'x', public: 'yes', created_at: '2026-01-01T00:00:00Z' }],
        }),
      ),
    )
    const { helpdesk } = await connect()
    const error = await helpdesk.readTicketContext().catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'malformed_response' })
    expect((error as HelpdeskError).details.problem).toMatch(/comments\[0\]\.public/)
  })

  it('treats a non-JSON body as malformed, not as a crash', async () => {
    server.use(
      http.get(`${API_BASE}/api/v2/tickets/:id/comments.json`, () =>
        HttpResponse.text('<html>proxy error</html>'),
      ),
    )
    const { helpdesk } = await connect()
    await expect(helpdesk.readTicketContext()).rejects.toMatchObject({ code: 'malformed_response' })
  })

  it('rejects invalid settings with the field named, before any request', async () => {
    const { helpdesk } = await connect({ detection_sensitivity: 'extreme' })
    const error = await helpdesk.readTicketContext().catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'bad_settings' })
    expect((error as HelpdeskError).details.problem).toMatch(/detection_sensitivity/)
    expect(host.requests).toHaveLength(0)
  })

  it('reports a ZAF path Zendesk could not give', async () => {
    const { ['ticket.requester']: _missing, ...rest } = zafTicketData
    const { helpdesk } = await connect({}, rest)
    await expect(helpdesk.readTicketContext()).rejects.toMatchObject({
      code: 'malformed_response',
      details: { problem: expect.stringContaining('ticket.requester') },
    })
  })

  it('asks the host to resize the frame', async () => {
    const { helpdesk } = await connect()
    await helpdesk.resize(412.4)
    expect(host.invocations).toContainEqual({ name: 'resize', args: [{ width: '100%', height: '413px' }] })
  })

  it('says clearly when the page was not opened by Zendesk', async () => {
    window.history.replaceState(null, '', '/')
    await expect(connectZendesk(undefined, 500)).rejects.toMatchObject({ code: 'not_in_helpdesk' })
  })
})
