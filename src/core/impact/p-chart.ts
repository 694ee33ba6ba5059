/**
 * A weekly p-chart of the negative-interaction rate (Shewhart's chart for a proportion with varying sample
 * sizes): each week's proportion p_i = negatives_i / tickets_i, the centre line p̄ = Σ negatives / Σ tickets over
 * the weeks that had tickets, and per-week 3-sigma limits p̄ ± 3·√(p̄(1 − p̄) / n_i), clipped to [0, 1]. A week
 * strictly outside its limits is marked: something changed that week beyond the ordinary week-to-week noise.
 */
import { weeksOf, type Week } from './period'
import type { RecoveryJoin } from './recoveries'
import type { ImpactPeriod } from './types'

export interface PChartWeek extends Week {
  tickets: number
  negatives: number
  /** null for a week without tickets (no point, no limits). */
  rate: number | null
  lower: number | null
  upper: number | null
  outOfControl: 'above' | 'below' | null
}

export interface PChart {
  centre: number | null
  weeks: PChartWeek[]
  totalTickets: number
  totalNegatives: number
}

export const SIGMAS = 3

export function controlLimits(centre: number, n: number): { lower: number; upper: number } {
  const sigma = Math.sqrt((centre * (1 - centre)) / n)
  return {
    lower: Math.max(0, centre - SIGMAS * sigma),
    upper: Math.min(1, centre + SIGMAS * sigma),
  }
}

/** From counts per week: the chart's arithmetic on its own, testable with hand-checked numbers. */
export function pChartOf(weeks: ReadonlyArray<Week & { tickets: number; negatives: number }>): PChart {
  const totalTickets = weeks.reduce((sum, week) => sum + week.tickets, 0)
  const totalNegatives = weeks.reduce((sum, week) => sum + week.negatives, 0)
  const centre = totalTickets ? totalNegatives / totalTickets : null
  return {
    centre,
    totalTickets,
    totalNegatives,
    weeks: weeks.map((week): PChartWeek => {
      if (centre === null || week.tickets === 0) {
        return { ...week, rate: null, lower: null, upper: null, outOfControl: null }
      }
      const rate = week.negatives / week.tickets
      const { lower, upper } = controlLimits(centre, week.tickets)
      const outOfControl = rate > upper ? 'above' : rate < lower ? 'below' : null
      return { ...week, rate, lower, upper, outOfControl }
    }),
  }
}

export function weeklyPChart(period: ImpactPeriod, join: RecoveryJoin): PChart {
  const weeks = weeksOf(period).map((week) => ({ ...week, tickets: 0, negatives: 0 }))
  const bounds = weeks.map((week) => Date.parse(week.end))
  const indexOf = (iso: string) => {
    const time = Date.parse(iso)
    return bounds.findIndex((end) => time < end)
  }
  for (const ticket of join.tickets) {
    const index = indexOf(ticket.createdAt)
    if (index >= 0) weeks[index]!.tickets += 1
  }
  for (const { ticket } of join.negatives) {
    const index = indexOf(ticket.createdAt)
    if (index >= 0) weeks[index]!.negatives += 1
  }
  return pChartOf(weeks)
}
