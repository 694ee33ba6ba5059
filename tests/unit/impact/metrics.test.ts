import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { BudgetPolicy } from '../../../src/core/budget/types'
import { periodOf, weeksOf } from '../../../src/core/impact/period'
import { computeImpact } from '../../../src/core/impact/report'
import { money } from '../../../src/core/money'
import { plant, type PlantSpec } from '../../support/impact/plant'

/**
 * The metrics on a planted history: every expected number below follows from the spec by construction
 * (counts per week, the touch times 1…101 minutes, outcome counts, a cycle of four spends), not from running
 * the code under test.
 */

const NOW = '2026-07-10T12:00:00.000Z'
const period = periodOf('2026-03', '2026-05', NOW)
const policy: BudgetPolicy = {
  currency: 'USD',
  perTicketCap: money(5_000, 'USD'),
  perAgentMonthly: money(100_000, 'USD'),
  approvalThreshold: money(3_000, 'USD'),
  allowedGestures: ['refund', 'credit', 'gift'],
}

// 14 ISO weeks touch March–May 2026 (the first is only Sunday 1 March). Week 7 is planted far above the
// usual 10 %, week 10 at zero.
const WEEKS = weeksOf(period).map((_, index) =>
  index === 0
    ? { tickets: 10, negatives: 1 }
    : index === 7
      ? { tickets: 200, negatives: 70 }
      : index === 10
        ? { tickets: 200, negatives: 0 }
        : { tickets: 200, negatives: 20 },
)
const TOUCH = Array.from({ length: 101 }, (_, index) => index + 1)
const SPEC: PlantSpec = {
  period,
  weeks: WEEKS,
  touchMinutes: TOUCH,
  startedWithoutTime: 9,
  outcomes: { good: 40, bad: 20, unanswered: 15 },
  before: { bad: 60, good: 10, unrated: 30 },
  spends: [
    { agent: 'a1', gesture: 'credit', amountMinor: 1_000 },
    { agent: 'a2', gesture: 'refund', amountMinor: 2_500 },
    { agent: 'a3', gesture: null, amountMinor: 0 },
    { agent: 'a1', gesture: 'gift', amountMinor: 500 },
  ],
  undone: [
    { agent: 'a1', amountMinor: 4_000, decision: 'rejected' },
    { agent: 'a2', amountMinor: 4_500, decision: 'cancelled' },
  ],
  repeatCustomer: 3,
  seed: 7,
}

describe('impact metrics on a planted history', () => {
  const history = plant(SPEC)
  const report = computeImpact({ period, tickets: history.tickets, ledger: history.ledger, policy })

  it('counts tickets, negatives and recoveries started; the untouched ones apart', () => {
    expect(report.tickets).toBe(10 + 13 * 200)
    expect(report.negatives).toBe(1 + 11 * 20 + 70)
    expect(report.recoveriesStarted).toBe(110)
    expect(report.touch.neverTouched).toBe(291 - 110)
  })

  it('time to first touch: median, p90, share under 15 minutes; unknown times apart', () => {
    expect(report.touch.measured).toBe(101)
    expect(report.touch.medianMinutes).toBe(51)
    expect(report.touch.p90Minutes).toBe(91)
    expect(report.touch.under15).toBe(14)
    expect(report.touch.under15Share).toBeCloseTo(14 / 101, 12)
    expect(report.touch.unknownTime).toBe(9)
    expect(report.touchHistogram).toEqual([
      { bucket: 'under_15m', count: 14 },
      { bucket: '15m_1h', count: 45 },
      { bucket: '1h_4h', count: 42 },
      { bucket: '4h_24h', count: 0 },
      { bucket: '1d_3d', count: 0 },
      { bucket: 'over_3d', count: 0 },
    ])
  })

  it('recovery rate: rated good after, out of those followed up (unanswered surveys included)', () => {
    expect(report.recovery).toEqual({
      started: 110,
      followedUp: 75,
      answered: 60,
      good: 40,
      bad: 20,
      rate: 40 / 75,
    })
  })

  it('rating before against after', () => {
    expect(report.ratings.counts).toEqual({
      bad: { good: 40, bad: 20, none: 0 },
      good: { good: 0, bad: 0, none: 10 },
      unrated: { good: 0, bad: 0, none: 30 },
      unknown: { good: 0, bad: 0, none: 10 },
    })
    expect(report.ratings.after).toEqual({ good: 40, bad: 20, none: 50 })
  })

  it('spend per agent and gesture against budget; rejected and released spends never count', () => {
    // 110 recoveries over a cycle of 4: positions 0 and 1 get 28 spends, 2 and 3 get 27.
    const budget = money(3 * 100_000, 'USD')
    expect(report.spend.perAgent).toEqual([
      {
        agentId: 'a2',
        agentName: 'Agent a2',
        spends: 28,
        spent: money(70_000, 'USD'),
        budget,
        used: 70_000 / 300_000,
      },
      {
        agentId: 'a1',
        agentName: 'Agent a1',
        spends: 55,
        spent: money(41_500, 'USD'),
        budget,
        used: 41_500 / 300_000,
      },
      { agentId: 'a3', agentName: 'Agent a3', spends: 27, spent: money(0, 'USD'), budget, used: 0 },
    ])
    expect(report.spend.perGesture.map((g) => [g.gesture, g.spends, g.spent.amountMinor])).toEqual([
      ['refund', 28, 70_000],
      ['credit', 28, 28_000],
      ['gift', 27, 13_500],
      ['none', 27, 0],
    ])
    expect(report.spend.perGesture[0]?.share).toBeCloseTo(70_000 / 111_500, 12)
    expect(report.spend.total).toEqual({
      spends: 110,
      spent: money(111_500, 'USD'),
      budget: money(900_000, 'USD'),
      used: 111_500 / 900_000,
    })
    expect(report.spend.refused.spends).toBe(0)
  })

  it('cost per recovered customer: spend on the negatives ÷ distinct customers rated good after', () => {
    // 40 good-after tickets, 3 of them from one customer → 38 customers; 111 500 / 38 = 2 934.2 → 2 934.
    expect(report.cost).toEqual({
      spent: money(111_500, 'USD'),
      recoveredCustomers: 38,
      perCustomer: money(2_934, 'USD'),
    })
  })

  it('the weekly p-chart marks exactly the planted weeks', () => {
    expect(report.pChart.centre).toBeCloseTo(291 / 2610, 12)
    const marked = report.pChart.weeks.flatMap((week, index) =>
      week.outOfControl ? [[index, week.outOfControl]] : [],
    )
    expect(marked).toEqual([
      [7, 'above'],
      [10, 'below'],
    ])
    expect(report.pChart.weeks.map((week) => [week.tickets, week.negatives])).toEqual(
      WEEKS.map((week) => [week.tickets, week.negatives]),
    )
  })

  it('counts a ticket listed twice once, and ignores tickets created outside the period', () => {
    const outside = { ...history.tickets[0]!, id: 'outside', createdAt: '2026-06-02T00:00:00.000Z' }
    const again = computeImpact({
      period,
      tickets: [...history.tickets, history.tickets[0]!, outside],
      ledger: history.ledger,
      policy,
    })
    expect(again.tickets).toBe(report.tickets)
    expect(again.negatives).toBe(report.negatives)
  })

  it('refuses spends over a cap under the current settings and reports them apart', () => {
    const tight = { ...policy, perAgentMonthly: money(10_000, 'USD') }
    const capped = computeImpact({ period, tickets: history.tickets, ledger: history.ledger, policy: tight })
    for (const agent of capped.spend.perAgent) {
      expect(agent.spent.amountMinor).toBeLessThanOrEqual(3 * 10_000)
    }
    expect(capped.spend.refused.spends).toBeGreaterThan(0)
    expect(capped.spend.total.spends + capped.spend.refused.spends).toBe(110)
  })

  it('keeps its counts consistent on any planted history', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.nat(40)), { minLength: 14, maxLength: 14 }),
        fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 30 }),
        fc.nat(5),
        fc.integer({ min: 1, max: 1000 }),
        (raw, touch, withoutTime, seed) => {
          const weeks = raw.map(([tickets, negatives]) => ({
            tickets,
            negatives: Math.min(negatives, tickets),
          }))
          const negatives = weeks.reduce((sum, week) => sum + week.negatives, 0)
          const times = touch.slice(0, negatives)
          const noTime = Math.min(withoutTime, negatives - times.length)
          const planted = plant({ period, weeks, touchMinutes: times, startedWithoutTime: noTime, seed })
          const result = computeImpact({ period, tickets: planted.tickets, ledger: planted.ledger, policy })
          expect(result.negatives).toBe(negatives)
          expect(result.recoveriesStarted).toBe(times.length + noTime)
          expect(result.touch.neverTouched + result.recoveriesStarted).toBe(negatives)
          expect(result.touch.measured).toBe(times.length)
          const sorted = [...times].sort((a, b) => a - b)
          if (sorted.length % 2 === 1)
            expect(result.touch.medianMinutes).toBe(sorted[(sorted.length - 1) / 2])
          expect(result.touch.under15).toBe(times.filter((minutes) => minutes < 15).length)
          expect(result.pChart.totalNegatives).toBe(negatives)
        },
      ),
      { numRuns: 60 },
    )
  })
})
