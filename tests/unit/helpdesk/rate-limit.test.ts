import { describe, expect, it } from 'vitest'
import { RateLimitGate, parseRetryAfter } from '../../../src/helpdesk/http'

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, and falls back otherwise', () => {
    expect(parseRetryAfter('7', 60)).toBe(7)
    expect(parseRetryAfter('2.2', 60)).toBe(3)
    const now = Date.parse('2026-11-23T10:00:00Z')
    expect(parseRetryAfter('Mon, 23 Nov 2026 10:00:30 GMT', 60, now)).toBe(30)
    expect(parseRetryAfter(undefined, 60)).toBe(60)
    expect(parseRetryAfter('soon', 45)).toBe(45)
  })

  it('holds every caller until the pause is over, once', async () => {
    let clock = 1_000
    const sleeps: number[] = []
    const gate = new RateLimitGate(
      () => clock,
      async (ms) => {
        sleeps.push(ms)
        clock += ms
      },
    )
    await gate.wait()
    expect(sleeps).toEqual([])
    gate.block(5)
    gate.block(2) // a shorter pause never shortens the one in force
    await gate.wait()
    await gate.wait()
    expect(sleeps).toEqual([5000])
  })
})
