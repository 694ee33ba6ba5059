import { badRequest } from './errors'
import { API_BASE } from './records'

/** Zendesk's two pagination styles: cursor (`page[size]`, `meta`, `links`) and offset (`page`, `next_page`). */

export interface CursorPage<T> {
  items: T[]
  meta: { has_more: boolean; after_cursor: string | null; before_cursor: string | null }
  links: { prev: string | null; next: string | null }
}

export interface OffsetPage<T> {
  items: T[]
  next_page: string | null
  previous_page: string | null
  count: number
}

const MAX_PAGE_SIZE = 100
/** Zendesk refuses offset pagination beyond 100 pages (10,000 records). */
const MAX_OFFSET_PAGE = 100

function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url')
}

function decodeCursor(cursor: string): number {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    const offset = (parsed as { o?: unknown }).o
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset
  } catch {
    // fall through to the error below
  }
  throw badRequest('page[after] is not a valid cursor')
}

function positiveInt(raw: string | null, fallback: number, name: string): number {
  if (raw === null || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1) throw badRequest(`${name} must be a positive integer`)
  return value
}

function pageUrl(path: string, query: URLSearchParams, overrides: Record<string, string>): string {
  const params = new URLSearchParams(query)
  params.delete('page[after]')
  params.delete('page[before]')
  for (const [key, value] of Object.entries(overrides)) params.set(key, value)
  return `${API_BASE}${path.replace(/^\/api\/v2/, '')}?${params.toString()}`
}

export function usesCursorPagination(query: URLSearchParams): boolean {
  return query.has('page[size]') || query.has('page[after]') || query.has('page[before]')
}

export function cursorPage<T>(items: readonly T[], path: string, query: URLSearchParams): CursorPage<T> {
  const size = Math.min(positiveInt(query.get('page[size]'), MAX_PAGE_SIZE, 'page[size]'), MAX_PAGE_SIZE)
  const after = query.get('page[after]')
  const before = query.get('page[before]')
  let start = after ? decodeCursor(after) : 0
  if (before) start = Math.max(0, decodeCursor(before) - size)
  const slice = items.slice(start, start + size)
  const end = start + slice.length
  const hasMore = end < items.length
  const afterCursor = slice.length ? encodeCursor(end) : null
  const beforeCursor = slice.length ? encodeCursor(start) : null
  return {
    items: slice,
    meta: { has_more: hasMore, after_cursor: afterCursor, before_cursor: beforeCursor },
    links: {
      prev: start > 0 && beforeCursor ? pageUrl(path, query, { 'page[before]': beforeCursor }) : null,
      next: hasMore && afterCursor ? pageUrl(path, query, { 'page[after]': afterCursor }) : null,
    },
  }
}

export function offsetPage<T>(items: readonly T[], path: string, query: URLSearchParams): OffsetPage<T> {
  const perPage = Math.min(positiveInt(query.get('per_page'), MAX_PAGE_SIZE, 'per_page'), MAX_PAGE_SIZE)
  const page = positiveInt(query.get('page'), 1, 'page')
  if (page > MAX_OFFSET_PAGE) {
    throw badRequest('Offset pagination is limited to the first 100 pages. Use cursor pagination.')
  }
  const start = (page - 1) * perPage
  const slice = items.slice(start, start + perPage)
  const hasNext = start + perPage < items.length
  return {
    items: slice,
    next_page: hasNext ? pageUrl(path, query, { page: String(page + 1), per_page: String(perPage) }) : null,
    previous_page:
      page > 1 ? pageUrl(path, query, { page: String(page - 1), per_page: String(perPage) }) : null,
    count: items.length,
  }
}
