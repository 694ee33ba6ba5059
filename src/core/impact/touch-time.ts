/**
 * Time from the negative event to the first recovery touch: for each negative ticket of the period a recovery
 * was started on, its first spend's `created_at` (the recovery start) minus that spend's `negative_at` (when
 * the bad experience happened, recorded by the sidebar). Negatives nobody touched and touches whose time is not
 * known are counted apart, never dropped from sight and never mixed into the figures.
 */
import { median, quantile } from './quantile'
import type { RecoveryJoin } from './recoveries'

/** "Within minutes" is the promise; the share of touches strictly under this many minutes is reported. */
export const FAST_TOUCH_MINUTES = 15

export interface TouchTimeStats {
  /** Negatives with a recovery touch whose time is known. */
  measured: number
  medianMinutes: number | null
  p90Minutes: number | null
  under15: number
  /** under15 / measured; null when nothing was measured. */
  under15Share: number | null
  /** Negatives a recovery was never started on. */
  neverTouched: number
  /** Recoveries started whose negative time is unknown (no negative_at, or no ledger record). */
  unknownTime: number
  /** Touch minutes of each measured ticket (for the histogram), by ticket id. */
  minutesByTicket: ReadonlyMap<string, number>
}

const MINUTE_MS = 60_000

export function touchTimes(join: RecoveryJoin): TouchTimeStats {
  const minutesByTicket = new Map<string, number>()
  let unknownTime = 0
  for (const negative of join.started) {
    const spend = negative.firstSpend
    if (!spend?.negativeAt) {
      unknownTime += 1
      continue
    }
    // Agents' clocks and Zendesk's differ a little: a touch "before" the event counts as immediate.
    const minutes = Math.max(0, (Date.parse(spend.createdAt) - Date.parse(spend.negativeAt)) / MINUTE_MS)
    minutesByTicket.set(negative.ticket.id, minutes)
  }
  const values = [...minutesByTicket.values()]
  const under15 = values.filter((minutes) => minutes < FAST_TOUCH_MINUTES).length
  return {
    measured: values.length,
    medianMinutes: median(values),
    p90Minutes: quantile(values, 0.9),
    under15,
    under15Share: values.length ? under15 / values.length : null,
    neverTouched: join.negatives.length - join.started.length,
    unknownTime,
    minutesByTicket,
  }
}

/** Buckets for the histogram: upper bounds in minutes (the last is open). */
export const TOUCH_BUCKETS = [
  { key: 'under_15m', below: 15 },
  { key: '15m_1h', below: 60 },
  { key: '1h_4h', below: 240 },
  { key: '4h_24h', below: 1440 },
  { key: '1d_3d', below: 4320 },
  { key: 'over_3d', below: Number.POSITIVE_INFINITY },
] as const
export type TouchBucketKey = (typeof TOUCH_BUCKETS)[number]['key']

export function touchHistogram(stats: TouchTimeStats): Array<{ bucket: TouchBucketKey; count: number }> {
  const counts = TOUCH_BUCKETS.map((bucket) => ({ bucket: bucket.key as TouchBucketKey, count: 0 }))
  for (const minutes of stats.minutesByTicket.values()) {
    const index = TOUCH_BUCKETS.findIndex((bucket) => minutes < bucket.below)
    counts[index]!.count += 1
  }
  return counts
}
