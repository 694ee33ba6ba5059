import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { controlLimits, pChartOf } from '../../../src/core/impact/p-chart'
import type { Week } from '../../../src/core/impact/period'

const week = (
  index: number,
  tickets: number,
  negatives: number,
): Week & { tickets: number; negatives: number } => {
  const start = new Date(Date.UTC(2026, 0, 5 + 7 * index)).toISOString()
  const end = new Date(Date.UTC(2026, 0, 12 + 7 * index)).toISOString()
  return { weekStart: start, start, end, partial: false, tickets, negatives }
}

describe('p-chart control limits (hand-checked)', () => {
  it('p̄ ± 3·sqrt(p̄(1 − p̄)/n)', () => {
    // p̄ = 0.1, n = 100: σ = sqrt(0.09 / 100) = 0.03 → 0.01 … 0.19
    const { lower, upper } = controlLimits(0.1, 100)
    expect(lower).toBeCloseTo(0.01, 12)
    expect(upper).toBeCloseTo(0.19, 12)
  })

  it('clips the limits to [0, 1]', () => {
    // p̄ = 0.1, n = 4: σ = 0.15 → −0.35 … 0.55, lower clipped to 0
    expect(controlLimits(0.1, 4)).toEqual({ lower: 0, upper: expect.closeTo(0.55, 12) })
    // p̄ = 0.9, n = 4 → 0.45 … 1.35, upper clipped to 1
    expect(controlLimits(0.9, 4)).toEqual({ lower: expect.closeTo(0.45, 12), upper: 1 })
  })

  it('centre = Σ negatives / Σ tickets; limits per week from its own n; marks points strictly outside', () => {
    // 4 weeks: 100/10, 100/10, 100/30, 25/0 → p̄ = 50 / 325
    const chart = pChartOf([week(0, 100, 10), week(1, 100, 10), week(2, 100, 30), week(3, 25, 0)])
    const centre = 50 / 325
    expect(chart.centre).toBeCloseTo(centre, 12)
    const sigma100 = Math.sqrt((centre * (1 - centre)) / 100)
    const sigma25 = Math.sqrt((centre * (1 - centre)) / 25)
    expect(chart.weeks[0]?.upper).toBeCloseTo(centre + 3 * sigma100, 12)
    expect(chart.weeks[0]?.lower).toBeCloseTo(centre - 3 * sigma100, 12)
    expect(chart.weeks[3]?.lower).toBe(0) // centre − 3σ₂₅ < 0: clipped
    expect(chart.weeks[3]?.upper).toBeCloseTo(centre + 3 * sigma25, 12)
    // 0.30 > 0.1538 + 3 · 0.0361 = 0.262 → above; 0.10 is inside; 0 on a clipped lower limit is not below.
    expect(chart.weeks.map((w) => w.outOfControl)).toEqual([null, null, 'above', null])
  })

  it('marks a week below its lower limit', () => {
    const chart = pChartOf([week(0, 400, 80), week(1, 400, 80), week(2, 400, 2)])
    expect(chart.weeks[2]?.outOfControl).toBe('below')
  })

  it('gives a week without tickets no point and no limits, and no centre without any ticket', () => {
    const chart = pChartOf([week(0, 0, 0), week(1, 50, 5)])
    expect(chart.weeks[0]).toMatchObject({ rate: null, lower: null, upper: null, outOfControl: null })
    expect(pChartOf([week(0, 0, 0)]).centre).toBeNull()
  })

  it('a constant rate is never out of control, and limits always bracket the centre', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 500 }), fc.nat(1000)), { minLength: 1, maxLength: 20 }),
        (raw) => {
          const chart = pChartOf(
            raw.map(([tickets, negatives], index) => week(index, tickets, negatives % (tickets + 1))),
          )
          for (const point of chart.weeks) {
            expect(point.lower!).toBeGreaterThanOrEqual(0)
            expect(point.upper!).toBeLessThanOrEqual(1)
            expect(point.lower!).toBeLessThanOrEqual(chart.centre! + 1e-12)
            expect(point.upper!).toBeGreaterThanOrEqual(chart.centre! - 1e-12)
            expect(point.outOfControl === 'above').toBe(point.rate! > point.upper!)
          }
        },
      ),
    )
    const flat = pChartOf([week(0, 100, 20), week(1, 50, 10), week(2, 10, 2)])
    expect(flat.weeks.every((w) => w.outOfControl === null)).toBe(true)
  })
})
