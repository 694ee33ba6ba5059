/** Time helpers: Zendesk serialises dates as ISO-8601 UTC without milliseconds ("2024-05-01T09:30:00Z"). */

export type Clock = () => Date

export const systemClock: Clock = () => new Date()

export function toZendeskTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export function minutesBefore(now: Date, minutes: number): Date {
  return new Date(now.getTime() - minutes * 60_000)
}

export function minutesBetween(fromIso: string, toIso: string): number {
  return Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 60_000))
}

const BUSINESS_START_HOUR = 9
const BUSINESS_END_HOUR = 17

/**
 * Minutes inside a Mon–Fri 09:00–17:00 UTC schedule, the default shape of a Zendesk business-hours
 * schedule; ticket metrics report both calendar and business minutes.
 */
export function businessMinutesBetween(fromIso: string, toIso: string): number {
  const from = Date.parse(fromIso)
  const to = Date.parse(toIso)
  if (!(to > from)) return 0
  let total = 0
  const day = new Date(from)
  day.setUTCHours(0, 0, 0, 0)
  for (; day.getTime() < to; day.setUTCDate(day.getUTCDate() + 1)) {
    const weekday = day.getUTCDay()
    if (weekday === 0 || weekday === 6) continue
    const open = day.getTime() + BUSINESS_START_HOUR * 3_600_000
    const close = day.getTime() + BUSINESS_END_HOUR * 3_600_000
    const overlap = Math.min(close, to) - Math.max(open, from)
    if (overlap > 0) total += overlap
  }
  return Math.round(total / 60_000)
}
