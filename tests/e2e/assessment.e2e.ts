import { describe, expect, it } from 'vitest'
import { appFrame, openTicket } from './browser'
import { settledState, text, useHarness } from './harness-fixture'

/** The detection panel at the top of the sidebar, on real seeded tickets, in the agent's language. */
describe('assessment', () => {
  const { harness, page } = useHarness()
  const assessmentOf = async (ticketId: number, locale?: string) => {
    await openTicket(page(), harness().hostUrl, ticketId, locale ? { locale } : undefined)
    const frame = await appFrame(page())
    expect(await settledState(frame)).toBe('loaded')
    await frame.waitForSelector('[data-testid="assessment"]', { timeout: 20_000 })
    return frame
  }

  it('flags an angry, chasing customer with reasons, quoted evidence and a running recovery clock', async () => {
    const frame = await assessmentOf(4202)
    const level = await frame.getAttribute('[data-testid="assessment"]', 'data-level')
    expect(level === 'recover' || level === 'urgent').toBe(true)
    expect(await text(frame, '[data-testid="assessment-level"]')).toMatch(/recovery/i)
    expect(await text(frame, '[data-testid="assessment-severity"]')).toMatch(/Severity \d+\/100/)

    const codes = await frame.$$eval('[data-testid="assessment-reason"]', (items) =>
      items.map((item) => item.getAttribute('data-code')),
    )
    expect(codes).toEqual(expect.arrayContaining(['anger_cues']))
    expect(codes.some((code) => code === 'customer_chasing' || code === 'long_reply_gap')).toBe(true)
    // Evidence quotes the customer's own words from the conversation.
    const quotes = await frame.$$eval('[data-testid="reason-evidence"]', (items) =>
      items.map((i) => i.textContent),
    )
    expect(quotes.length).toBeGreaterThan(0)
    expect(await text(frame, '[data-testid="recovery-clock"]')).toMatch(/since the negative event/)
  })

  it('downloads only the lexicons of the ticket and agent languages', async () => {
    const chunks: string[] = []
    page().on('request', (request) => {
      const file = /\/([a-z]{2})-[\w-]+\.js$/.exec(new URL(request.url()).pathname)?.[1]
      if (file) chunks.push(file)
    })
    // A Spanish customer (#4208, a solved how-to question), an English-speaking agent: the agent's lexicon is
    // fetched ahead, then Spanish.
    const frame = await assessmentOf(4208)
    expect(await frame.getAttribute('[data-testid="assessment"]', 'data-level')).toBe('none')
    expect([...new Set(chunks)].sort()).toEqual(['en', 'es'])
  })

  it('stays quiet on a calm how-to question', async () => {
    const frame = await assessmentOf(4211)
    const level = await frame.getAttribute('[data-testid="assessment"]', 'data-level')
    expect(level === 'none' || level === 'watch').toBe(true)
    expect(await frame.$('[data-testid="recovery-clock"]')).toBeNull()
  })

  it('explains a Korean ticket to a Korean agent, quoting the customer in Korean', async () => {
    const frame = await assessmentOf(4204, 'ko')
    const badge = await text(frame, '[data-testid="assessment-level"]')
    expect(badge).toMatch(/\p{Script=Hangul}/u)
    const reasons = await text(frame, '[data-testid="assessment"]')
    expect(reasons).not.toMatch(/Needs recovery|Severity/)
    const quotes = await frame.$$eval('[data-testid="reason-evidence"]', (items) =>
      items.map((i) => i.textContent ?? ''),
    )
    expect(quotes.some((quote) => /\p{Script=Hangul}/u.test(quote))).toBe(true)
  })
})
