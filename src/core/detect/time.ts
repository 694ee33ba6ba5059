/**
 * ISO-8601 timestamps to epoch milliseconds and back. The common UTC form ("2025-03-03T09:00:00Z", with optional
 * milliseconds) is computed directly, several times faster than Date.parse / toISOString; anything else goes to
 * Date.
 */
const DIGIT_0 = 48
const DAY_MS = 86_400_000
/** 9999-12-31T23:59:59.999Z: the last instant toISOString writes with a four-digit year. */
const LAST_FOUR_DIGIT_YEAR_MS = 253_402_300_799_999

/** The decimal value of `count` digits at `from`, or NaN if one is not a digit. */
function digits(s: string, from: number, count: number): number {
  let n = 0
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - DIGIT_0
    if (d < 0 || d > 9) return NaN
    n = n * 10 + d
  }
  return n
}

/** Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

export function parseIsoMs(iso: string): number {
  const length = iso.length
  const fast =
    (length === 20 || length === 24) &&
    iso.charCodeAt(4) === 45 &&
    iso.charCodeAt(7) === 45 &&
    iso.charCodeAt(10) === 84 &&
    iso.charCodeAt(13) === 58 &&
    iso.charCodeAt(16) === 58 &&
    iso.charCodeAt(length - 1) === 90 &&
    (length === 20 || iso.charCodeAt(19) === 46)
  if (!fast) return Date.parse(iso)
  const year = digits(iso, 0, 4)
  const month = digits(iso, 5, 2)
  const day = digits(iso, 8, 2)
  const hour = digits(iso, 11, 2)
  const minute = digits(iso, 14, 2)
  const second = digits(iso, 17, 2)
  const ms = length === 24 ? digits(iso, 20, 3) : 0
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 59))
    return Date.parse(iso)
  return ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + ms
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`)

/** `new Date(ms).toISOString()`, computed directly for 1970–9999 (the inverse of days_from_civil). */
export function formatIsoMs(ms: number): string {
  if (!(ms >= 0 && ms <= LAST_FOUR_DIGIT_YEAR_MS)) return new Date(ms).toISOString()
  const t = Math.floor(ms)
  const days = Math.floor(t / DAY_MS)
  const inDay = t - days * DAY_MS
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  const hour = Math.floor(inDay / 3_600_000)
  const minute = Math.floor(inDay / 60_000) % 60
  const second = Math.floor(inDay / 1000) % 60
  const milli = inDay % 1000
  const yearText = year < 1000 ? `000${year}`.slice(-4) : `${year}`
  const milliText = milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : `${milli}`
  return `${yearText}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}.${milliText}Z`
}
