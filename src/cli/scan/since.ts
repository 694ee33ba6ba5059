/** `--since`: how far back a scan starts, as a duration before now (`7d`) or a UTC date or time. */

const UNIT_SECONDS: Readonly<Record<string, number>> = { m: 60, h: 3600, d: 86_400, w: 604_800 }
const DURATION = /^(\d+)\s*([mhdw])$/i
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
/** Zendesk's exports leave out the last minute; a start inside it would be refused. */
export const EXPORT_LAG_SECONDS = 60

export type SinceResult = { ok: true; seconds: number } | { ok: false; problem: string }

/** Resolves `--since` to Unix seconds, given "now" in Unix seconds. */
export function resolveSince(raw: string, nowSeconds: number): SinceResult {
  const text = raw.trim()
  const duration = DURATION.exec(text)
  let seconds: number
  if (duration) {
    seconds = nowSeconds - Number(duration[1]) * (UNIT_SECONDS[(duration[2] ?? '').toLowerCase()] ?? 0)
  } else if (DATE_ONLY.test(text) || /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/i.test(text)) {
    const ms = Date.parse(DATE_ONLY.test(text) ? `${text}T00:00:00Z` : text)
    if (Number.isNaN(ms)) return { ok: false, problem: `"${raw}" is not a valid date` }
    seconds = Math.floor(ms / 1000)
  } else {
    return {
      ok: false,
      problem: `"${raw}" is neither a duration (30m, 12h, 7d, 2w) nor a date (2025-03-01 or 2025-03-01T09:00:00Z)`,
    }
  }
  if (seconds < 0) return { ok: false, problem: `"${raw}" is before 1970` }
  if (seconds > nowSeconds - EXPORT_LAG_SECONDS) {
    return {
      ok: false,
      problem: `"${raw}" must be at least a minute in the past (Zendesk's exports lag by one)`,
    }
  }
  return { ok: true, seconds }
}
