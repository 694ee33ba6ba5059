import { describe, expect, it } from 'vitest'
import { appFrame, clickTicket, openTicket } from './browser'
import { settledState, text, useHarness } from './harness-fixture'

/** What the sidebar shows for real seeded tickets, in the agent's language. */
describe('customer context', () => {
  const { harness, page } = useHarness()

  it('shows the bad rating, reopens, wait and earlier tickets of an English bad-CSAT ticket', async () => {
    await openTicket(page(), harness().hostUrl, 4201)
    const frame = await appFrame(page())
    expect(await settledState(frame)).toBe('loaded')

    expect(await text(frame, '[data-testid="requester-name"]')).toBe('Megan Clarke')
    expect(await text(frame, '[data-testid="ticket-csat"]')).toContain('Bad')
    expect(await text(frame, '[data-testid="reopens"]')).toMatch(/1/)
    expect(await frame.isVisible('[data-testid="reply-gap"]')).toBe(true)

    const earlier = await frame.$$('[data-testid="earlier-ticket"]')
    expect(earlier).toHaveLength(2)
    const earlierTexts = await Promise.all(earlier.map((item) => item.textContent()))
    expect(earlierTexts.join(' ')).toContain('Good')
    expect(earlierTexts.join(' ')).toContain('Bad')
    // The current ticket is not listed among its own earlier tickets.
    expect(earlierTexts.join(' ')).not.toContain('4201')
  })

  it('speaks Japanese to a ja agent on a Japanese ticket', async () => {
    await openTicket(page(), harness().hostUrl, 4203, { locale: 'en-US' })
    const englishFrame = await appFrame(page())
    expect(await settledState(englishFrame)).toBe('loaded')
    const englishCsat = await text(englishFrame, '[data-testid="ticket-csat"]')
    const englishHistory = await text(englishFrame, '[data-testid="earlier-tickets"]')

    await openTicket(page(), harness().hostUrl, 4203, { locale: 'ja' })
    const frame = await appFrame(page())
    expect(await settledState(frame)).toBe('loaded')
    expect(await text(frame, '[data-testid="requester-name"]')).toBe('田中 美咲')
    const csat = await text(frame, '[data-testid="ticket-csat"]')
    expect(csat).not.toBe(englishCsat)
    expect(csat).not.toMatch(/Not rated|Offered|Good|Bad/)
    const history = await text(frame, '[data-testid="earlier-tickets"]')
    expect(history).not.toBe(englishHistory)
    expect(history).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/)
    // Tanaka's earlier ticket was rated bad.
    expect(await frame.$$('[data-testid="earlier-ticket"]')).toHaveLength(1)
  })

  it('re-creates the app when the agent picks another ticket', async () => {
    await openTicket(page(), harness().hostUrl, 4209)
    const before = await page().evaluate(() => window.__harness.instance?.guid)
    await clickTicket(page(), 4202)
    const after = await page().evaluate(() => window.__harness.instance?.guid)
    expect(after).not.toBe(before)
    const frame = await appFrame(page())
    expect(await settledState(frame)).toBe('loaded')
    expect(await text(frame, '[data-testid="requester-name"]')).toBe('Derek Holloway')
    expect(await text(frame, '[data-testid="ticket-csat"]')).toContain('Not rated')
  })
})
