import { toIsoUtc } from '../snapshot'

/**
 * Zendesk writes times as `2025-03-01T09:00:00Z`; the core wants ISO UTC with milliseconds. A scan converts
 * a few hundred thousand of them, so the common form is rewritten as text instead of going through a Date.
 */
const ZENDESK_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/

/** ISO UTC, or null when the value is missing or not a time. */
export function isoUtcOrNull(value: string | null | undefined): string | null {
  if (!value) return null
  if (ZENDESK_TIME.test(value)) return `${value.slice(0, 19)}.000Z`
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

/** ISO UTC; anything that is not a time is a named malformed_response, as in the sidebar's mapping. */
export function isoUtc(value: string, field: string): string {
  return ZENDESK_TIME.test(value) ? `${value.slice(0, 19)}.000Z` : toIsoUtc(value, field)
}
