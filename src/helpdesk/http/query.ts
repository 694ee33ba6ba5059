import type { QueryValue } from './types'

/** Percent-encodes a query key, keeping `[` and `]` readable as Zendesk documents them (`page[size]`). */
function encodeKey(key: string): string {
  return encodeURIComponent(key).replace(/%5B/gi, '[').replace(/%5D/gi, ']')
}

/** Appends the query to the path (after any query it already has); undefined values are left out. */
export function withQuery(path: string, query: Record<string, QueryValue> | undefined): string {
  const pairs = Object.entries(query ?? {}).flatMap(([key, value]) =>
    value === undefined ? [] : [`${encodeKey(key)}=${encodeURIComponent(String(value))}`],
  )
  if (pairs.length === 0) return path
  return `${path}${path.includes('?') ? '&' : '?'}${pairs.join('&')}`
}
