/**
 * ISO-8601 timestamps to epoch milliseconds. The common UTC form ("2025-03-03T09:00:00Z", with optional
 * milliseconds) is computed directly, several times faster than Date.parse; anything else goes to Date.parse.
 */
const DIGIT_0 = 48

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
