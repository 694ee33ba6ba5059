/** Periods of whole UTC months, the months of ledger they need, and the ISO weeks of the control chart. */
import { budgetMonthOf, monthEnd, monthStart } from '../budget/month'
import type { ImpactPeriod } from './types'

const DAY_MS = 86_400_000
const WEEK_MS = 7 * DAY_MS

/** `[firstMonth, lastMonth]`, cut at `now` when the last month has not ended yet. */
export function periodOf(firstMonth: string, lastMonth: string, now: string): ImpactPeriod {
  if (firstMonth > lastMonth)
    throw new RangeError(`the period starts (${firstMonth}) after it ends (${lastMonth})`)
  const start = monthStart(firstMonth)
  if (Date.parse(start) > Date.parse(now))
    throw new RangeError(`the period starts in the future (${firstMonth})`)
  const fullEnd = monthEnd(lastMonth)
  const end = Date.parse(fullEnd) > Date.parse(now) ? new Date(Date.parse(now)).toISOString() : fullEnd
  return { firstMonth, lastMonth, start, end }
}

/** The last `count` months up to and including the month of `now`. */
export function lastMonths(count: number, now: string): ImpactPeriod {
  const last = budgetMonthOf(now)
  return periodOf(addMonths(last, -(count - 1)), last, now)
}

export function addMonths(month: string, delta: number): string {
  const [year, number] = month.split('-').map(Number)
  if (!year || !number) throw new RangeError(`not a month: "${month}"`)
  const date = new Date(Date.UTC(year, number - 1 + delta, 1))
  return date.toISOString().slice(0, 7)
}

/** Every month of the period, oldest first. */
export function monthsOf(period: Pick<ImpactPeriod, 'firstMonth' | 'lastMonth'>): string[] {
  const months: string[] = []
  for (let month = period.firstMonth; month <= period.lastMonth; month = addMonths(month, 1))
    months.push(month)
  return months
}

/**
 * The ledger months to read: the period's, plus the month after it when that has begun, because a ticket
 * created at the end of the period may be recovered early the next month.
 */
export function ledgerMonthsOf(period: ImpactPeriod, now: string): string[] {
  const next = addMonths(period.lastMonth, 1)
  const months = monthsOf(period)
  return Date.parse(monthStart(next)) <= Date.parse(now) ? [...months, next] : months
}

/** The part of one month that lies in the period (the last month may be cut at "now"). */
export function monthSpan(period: ImpactPeriod, month: string): { start: string; end: string } {
  const end = Math.min(Date.parse(monthEnd(month)), Date.parse(period.end))
  return { start: monthStart(month), end: new Date(end).toISOString() }
}

export const inPeriod = (period: Pick<ImpactPeriod, 'start' | 'end'>, iso: string): boolean => {
  const time = Date.parse(iso)
  return time >= Date.parse(period.start) && time < Date.parse(period.end)
}

export interface Week {
  /** Monday 00:00 UTC of the ISO week. */
  weekStart: string
  /** The part of the week inside the period. */
  start: string
  end: string
  /** The period cuts this week short. */
  partial: boolean
}

/** Monday 00:00 UTC on or before the instant. */
export function weekStartOf(iso: string): string {
  const time = Date.parse(iso)
  const day = new Date(time).getUTCDay() // 0 = Sunday
  const midnight = time - (time % DAY_MS)
  return new Date(midnight - ((day + 6) % 7) * DAY_MS).toISOString()
}

/** The ISO weeks (Monday to Monday, UTC) that overlap the period, each cut to the period. */
export function weeksOf(period: Pick<ImpactPeriod, 'start' | 'end'>): Week[] {
  const start = Date.parse(period.start)
  const end = Date.parse(period.end)
  const weeks: Week[] = []
  for (let monday = Date.parse(weekStartOf(period.start)); monday < end; monday += WEEK_MS) {
    const from = Math.max(monday, start)
    const to = Math.min(monday + WEEK_MS, end)
    weeks.push({
      weekStart: new Date(monday).toISOString(),
      start: new Date(from).toISOString(),
      end: new Date(to).toISOString(),
      partial: from !== monday || to !== monday + WEEK_MS,
    })
  }
  return weeks
}
