import type { Frame } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appFrame, openTicket } from './browser'
import { settledState, useHarness } from './harness-fixture'

/** The host side of the ZAF postMessage protocol, seen from the page and from inside the app's frame. */

/** Posts a raw SDK-style message from the app frame and resolves with the host's reply for that id. */
function rawCall(frame: Frame, message: Record<string, unknown>): Promise<Record<string, unknown>> {
  return frame.evaluate(
    (outgoing) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const origin = new URLSearchParams(window.location.search).get('origin') ?? '*'
        const timer = setTimeout(() => reject(new Error(`no reply to id ${String(outgoing.id)}`)), 5000)
        window.addEventListener('message', (event) => {
          const data = (typeof event.data === 'string' ? JSON.parse(event.data) : event.data) as Record<
            string,
            unknown
          >
          if (data.id === outgoing.id) {
            clearTimeout(timer)
            resolve(data)
          }
        })
        window.parent.postMessage(JSON.stringify(outgoing), origin)
      }),
    message,
  )
}

describe('ZAF host', () => {
  const { harness, page } = useHarness()

  it('registers the app, resizes the iframe and answers every id and request', async () => {
    await openTicket(page(), harness().hostUrl, 4206)
    const frame = await appFrame(page())
    expect(await settledState(frame)).toBe('loaded')
    await page().waitForFunction(() => window.__harness.instance?.height !== '200px', undefined, {
      timeout: 10_000,
    })
    const iframeHeight = await page().$eval(
      'iframe.app-iframe',
      (iframe) => (iframe as HTMLIFrameElement).style.height,
    )
    expect(iframeHeight).not.toBe('200px')
    expect(parseFloat(iframeHeight)).toBeGreaterThan(0)

    const state = await page().evaluate(() => ({
      pending: window.__harness.pending,
      messages: window.__harness.messages,
      requests: window.__harness.requests,
      instance: window.__harness.instance,
    }))
    expect(state.pending).toEqual({ ids: [], requests: [] })
    const askedIds = state.messages.filter((m) => m.direction === 'in' && m.id !== undefined).map((m) => m.id)
    const answeredIds = state.messages
      .filter((m) => m.direction === 'out' && m.id !== undefined)
      .map((m) => m.id)
    expect(askedIds.length).toBeGreaterThan(0)
    expect(answeredIds).toEqual(expect.arrayContaining(askedIds))
    expect(state.requests.every((request) => request.status !== null)).toBe(true)
    const handshake = state.messages.find((m) => m.key === 'iframe.handshake')
    expect(handshake?.summary).toContain('2.0.9')
    expect(state.instance?.registeredAt).not.toBeNull()
  })

  it("answers unknown paths per path, unknown actions as a whole-call error, and the CDN SDK's track", async () => {
    await openTicket(page(), harness().hostUrl, 4211, { locale: 'ko' })
    const frame = await appFrame(page())
    await settledState(frame)

    const get = await rawCall(frame, {
      id: 9001,
      request: 'get',
      params: ['ticket.subject', 'currentUser.locale', 'ticket.requester', 'ticket.nonsense'],
    })
    const result = get.result as Record<string, unknown> & { errors: Record<string, { message: string }> }
    expect(result['ticket.subject']).toBe("How do I export last year's invoices?")
    expect(result['currentUser.locale']).toBe('ko')
    expect(result['ticket.requester']).toMatchObject({
      name: 'Priya Nair',
      locale: 'en-US',
      role: 'end-user',
    })
    expect(result.errors['ticket.nonsense']?.message).toContain('ticket.nonsense')

    const unknown = await rawCall(frame, { id: 9002, request: 'invoke', params: { 'no.such.action': [] } })
    expect(unknown.error).toMatchObject({
      name: expect.any(String),
      message: expect.stringContaining('no.such.action'),
    })

    const track = await rawCall(frame, {
      id: 9003,
      request: 'invoke',
      params: { track: [{ type: 'click' }] },
    })
    expect(track).toMatchObject({ id: 9003, result: { errors: {} } })

    await frame.evaluate(() => {
      const origin = new URLSearchParams(window.location.search).get('origin') ?? '*'
      window.parent.postMessage(JSON.stringify({ key: '__track__', message: { event_name: 'x' } }), origin)
      window.parent.postMessage(JSON.stringify({ key: 'session.live' }), origin)
    })
    // Only modal instances are opened by the harness; another location is a per-action error.
    const navBar = await rawCall(frame, {
      id: 9004,
      request: 'invoke',
      params: { 'instances.create': [{ location: 'nav_bar', url: 'assets/index.html' }] },
    })
    expect(
      (navBar.result as { errors: Record<string, { message: string }> }).errors['instances.create']?.message,
    ).toContain('nav_bar')
    expect(await page().evaluate(() => window.__harness.pending.ids)).toEqual([])
  })

  it('answers a call made on an instance that does not exist with a whole-call error, to the asking frame', async () => {
    await openTicket(page(), harness().hostUrl, 4211)
    const frame = await appFrame(page())
    await settledState(frame)
    const answer = await rawCall(frame, {
      id: 9101,
      request: 'get',
      params: ['ticket.id'],
      instanceGuid: 'no-such-instance',
    })
    expect(answer).not.toHaveProperty('instanceGuid')
    expect(answer.error).toMatchObject({ message: expect.stringContaining('no-such-instance') })
  })

  it('ignores messages that do not come from the app iframe', async () => {
    await openTicket(page(), harness().hostUrl, 4211)
    const frame = await appFrame(page())
    await settledState(frame)
    const before = await page().evaluate(() => window.__harness.requests.length)
    await page().evaluate(() => {
      window.postMessage(
        JSON.stringify({ key: 'request:99', message: { url: '/api/v2/users/me.json' } }),
        '*',
      )
    })
    await page().waitForTimeout(300)
    expect(await page().evaluate(() => window.__harness.requests.length)).toBe(before)
  })

  it('proxies client.request with Zendesk semantics: 429 auto-retry, fail shape with retry-after', async () => {
    await openTicket(page(), harness().hostUrl, 4211)
    const frame = await appFrame(page())
    await settledState(frame)
    harness().zendesk.injectFault({
      method: 'GET',
      pathPattern: '/users/me',
      status: 429,
      retryAfter: 1,
      times: 1,
    })
    const origin = await frame.evaluate(() => new URLSearchParams(window.location.search).get('origin'))
    const outcome = await frame.evaluate(
      (hostOrigin) =>
        new Promise<Record<string, unknown>>((resolve) => {
          window.addEventListener('message', (event) => {
            const data = JSON.parse(String(event.data)) as {
              key?: string
              message?: { responseArgs: unknown[] }
            }
            if (data.key?.startsWith('zaf.request:900.'))
              resolve({ key: data.key, args: data.message?.responseArgs })
          })
          window.parent.postMessage(
            JSON.stringify({ key: 'request:900', message: { url: '/api/v2/users/me.json', type: 'GET' } }),
            hostOrigin ?? '*',
          )
        }),
      origin,
    )
    expect(outcome.key).toBe('zaf.request:900.done')
    expect((outcome.args as Array<{ user: { role: string } }>)[0]?.user.role).toBe('agent')

    harness().zendesk.injectFault({
      method: 'GET',
      pathPattern: '/users/me',
      status: 429,
      retryAfter: 3,
      times: 1,
    })
    const refused = await frame.evaluate(
      (hostOrigin) =>
        new Promise<Record<string, unknown>>((resolve) => {
          window.addEventListener('message', (event) => {
            const data = JSON.parse(String(event.data)) as {
              key?: string
              message?: { responseArgs: unknown[] }
            }
            if (data.key?.startsWith('zaf.request:901.'))
              resolve({ key: data.key, args: data.message?.responseArgs })
          })
          window.parent.postMessage(
            JSON.stringify({
              key: 'request:901',
              message: { url: '/api/v2/users/me.json', autoRetry: false },
            }),
            hostOrigin ?? '*',
          )
        }),
      origin,
    )
    expect(refused.key).toBe('zaf.request:901.fail')
    expect((refused.args as Array<Record<string, unknown>>)[0]).toMatchObject({
      status: 429,
      headers: expect.objectContaining({ 'retry-after': '3' }),
      responseJSON: { error: 'APIRateLimitExceeded', description: expect.any(String) },
    })
  })
})
