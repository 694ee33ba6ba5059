import { describe, expect, it } from 'vitest'
import { appFrame, openTicket } from './browser'
import { settledState, text, useHarness } from './harness-fixture'

/** Failures the sidebar must name and recover from. */
describe('sidebar errors', () => {
  const { harness, page } = useHarness()

  it('shows an error with a retry button on a 500, and recovers after retry', async () => {
    // Enough failures to outlast any automatic retry the app makes; cleared before the agent retries.
    harness().zendesk.injectFault({ method: 'GET', pathPattern: '/comments', status: 500, times: 10 })
    await openTicket(page(), harness().hostUrl, 4204)
    const frame = await appFrame(page())
    expect(await settledState(frame)).toBe('error')
    expect(await text(frame, '[data-testid="sidebar-error"]')).toMatch(/500|temporary/i)

    harness().zendesk.clearFaults()
    await frame.click('[data-testid="retry"]')
    await frame.waitForSelector('[data-testid="customer-context"]', { timeout: 20_000 })
    expect(await text(frame, '[data-testid="requester-name"]')).toBe('김지훈')
  })

  it('names a payload that does not match the Zendesk shape', async () => {
    harness().zendesk.injectFault({
      method: 'GET',
      pathPattern: '/comments',
      status: 200,
      times: 10,
      body: { comments: [{ id: 'not-a-number', body: null }], meta: { has_more: false } },
    })
    await openTicket(page(), harness().hostUrl, 4211)
    const frame = await appFrame(page())
    expect(await settledState(frame)).toBe('error')
    const message = await text(frame, '[data-testid="sidebar-error"]')
    expect(message).toContain('did not expect')
    expect(message).toMatch(/comments/)
  })

  it('names a response that is not JSON at all (jQuery "parsererror" through ZAF)', async () => {
    harness().zendesk.injectFault({
      method: 'GET',
      pathPattern: '/requested',
      status: 200,
      times: 10,
      malformed: true,
    })
    await openTicket(page(), harness().hostUrl, 4211)
    const frame = await appFrame(page())
    expect(await settledState(frame)).toBe('error')
    expect(await text(frame, '[data-testid="sidebar-error"]')).toContain('did not expect')
    expect(await frame.isVisible('[data-testid="retry"]')).toBe(true)
  })
})
