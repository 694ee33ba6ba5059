import { describe, expect, it } from 'vitest'
import {
  addMonths,
  ledgerMonthsOf,
  monthsOf,
  periodOf,
  weekStartOf,
  weeksOf,
} from '../../../src/core/impact/period'
import { median, quantile } from '../../../src/core/impact/quantile'

describe('quantile (type 7, hand-checked)', () => {
  it('median of an odd and an even count', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('interpolates between the closest ranks', () => {
    // h = (10 − 1) · 0.9 = 8.1 → x[8] + 0.1 · (x[9] − x[8]) = 9 + 0.1 · 1
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 10)
    // h = 4 · 0.9 = 3.6 → 40 + 0.6 · (100 − 40)
    expect(quantile([10, 20, 30, 40, 100], 0.9)).toBeCloseTo(76, 10)
  })

  it('has no value for no data, and the value itself for one', () => {
    expect(median([])).toBeNull()
    expect(quantile([7], 0.9)).toBe(7)
  })

  it('refuses a p outside [0, 1]', () => {
    expect(() => quantile([1], 1.5)).toThrow(RangeError)
  })
})

describe('periods of whole months', () => {
  const now = '2026-11-20T08:00:00.000Z'

  it('ends at "now" inside the current month and at the month end otherwise', () => {
    expect(periodOf('2026-09', '2026-11', now)).toEqual({
      firstMonth: '2026-09',
      lastMonth: '2026-11',
      start: '2026-09-01T00:00:00.000Z',
      end: now,
    })
    expect(periodOf('2026-09', '2026-10', now).end).toBe('2026-11-01T00:00:00.000Z')
  })

  it('refuses a reversed or future period', () => {
    expect(() => periodOf('2026-10', '2026-09', now)).toThrow(/after it ends/)
    expect(() => periodOf('2026-12', '2026-12', now)).toThrow(/future/)
  })

  it('lists months across a year end, and the ledger month after the period when it has begun', () => {
    expect(monthsOf({ firstMonth: '2025-11', lastMonth: '2026-02' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ])
    expect(addMonths('2026-01', -2)).toBe('2025-11')
    expect(ledgerMonthsOf(periodOf('2026-09', '2026-10', now), now)).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
    ])
    expect(ledgerMonthsOf(periodOf('2026-10', '2026-11', now), now)).toEqual(['2026-10', '2026-11'])
  })

  it('cuts ISO weeks (Monday 00:00 UTC) to the period', () => {
    // 2026-09-01 is a Tuesday; 2026-09-30 a Wednesday.
    expect(weekStartOf('2026-09-01T10:00:00Z')).toBe('2026-08-31T00:00:00.000Z')
    expect(weekStartOf('2026-09-06T23:59:59Z')).toBe('2026-08-31T00:00:00.000Z')
    expect(weekStartOf('2026-09-07T00:00:00Z')).toBe('2026-09-07T00:00:00.000Z')
    const weeks = weeksOf(periodOf('2026-09', '2026-09', now))
    expect(weeks).toHaveLength(5)
    expect(weeks[0]).toEqual({
      weekStart: '2026-08-31T00:00:00.000Z',
      start: '2026-09-01T00:00:00.000Z',
      end: '2026-09-07T00:00:00.000Z',
      partial: true,
    })
    expect(weeks[1]?.partial).toBe(false)
    expect(weeks.at(-1)).toMatchObject({ start: '2026-09-28T00:00:00.000Z', end: '2026-10-01T00:00:00.000Z' })
  })
})
