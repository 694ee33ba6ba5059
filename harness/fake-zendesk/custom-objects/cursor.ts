import { badRequest } from '../errors'
import { API_BASE } from '../records'
import type { ZendeskCustomObjectRecord } from './types'

/**
 * Cursor pagination for records, keyed on the sort value (not an offset), so a page boundary stays put
 * while other agents add records: `page[size]` (at most 100), `page[after]` or `page[before]` (never
 * both), and Zendesk's `meta` / `links`.
 */

export type RecordSortField = 'id' | 'updated_at' | 'created_at' | 'name'
export interface RecordSort {
  field: RecordSortField
  descending: boolean
}

export interface RecordPage {
  custom_object_records: ZendeskCustomObjectRecord[]
  meta: { has_more: boolean; after_cursor: string | null; before_cursor: string | null }
  links: { next: string | null; prev: string | null }
}

const MAX_PAGE_SIZE = 100

export function parseSort(
  raw: string | null,
  allowed: readonly RecordSortField[],
  fallback: RecordSort,
): RecordSort {
  if (raw === null || raw === '') return fallback
  const descending = raw.startsWith('-')
  const field = (descending ? raw.slice(1) : raw) as RecordSortField
  if (!allowed.includes(field)) {
    const options = allowed.flatMap((name) => [name, `-${name}`]).join(', ')
    throw badRequest(`sort must be one of ${options}`)
  }
  return { field, descending }
}

type SortKey = [string, string]

function keyOf(record: ZendeskCustomObjectRecord, sort: RecordSort): SortKey {
  const primary =
    sort.field === 'id' ? record.id : sort.field === 'name' ? record.name.toLowerCase() : record[sort.field]
  return [primary, record.id]
}

function compareKeys(a: SortKey, b: SortKey, sort: RecordSort): number {
  const order = a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0
  return sort.descending ? -order : order
}

export function sortRecords(
  records: ZendeskCustomObjectRecord[],
  sort: RecordSort,
): ZendeskCustomObjectRecord[] {
  return [...records].sort((a, b) => compareKeys(keyOf(a, sort), keyOf(b, sort), sort))
}

function encodeCursor(key: SortKey, sort: RecordSort): string {
  return Buffer.from(JSON.stringify({ s: `${sort.descending ? '-' : ''}${sort.field}`, k: key })).toString(
    'base64url',
  )
}

function decodeCursor(cursor: string, sort: RecordSort, name: string): SortKey {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      s?: unknown
      k?: unknown
    }
    const key = parsed.k
    if (
      parsed.s === `${sort.descending ? '-' : ''}${sort.field}` &&
      Array.isArray(key) &&
      key.length === 2 &&
      key.every((part) => typeof part === 'string')
    ) {
      return key as SortKey
    }
  } catch {
    // fall through to the error below
  }
  throw badRequest(`${name} is not a valid cursor for this sort`)
}

function pageSize(query: URLSearchParams): number {
  const raw = query.get('page[size]')
  if (raw === null || raw === '') return MAX_PAGE_SIZE
  const size = Number(raw)
  if (!Number.isInteger(size) || size < 1) throw badRequest('page[size] must be a positive integer')
  return Math.min(size, MAX_PAGE_SIZE)
}

function pageUrl(path: string, query: URLSearchParams, cursorName: string, cursor: string): string {
  const params = new URLSearchParams(query)
  params.delete('page[after]')
  params.delete('page[before]')
  params.set(cursorName, cursor)
  return `${API_BASE}${path.replace(/^\/api\/v2/, '')}?${params.toString()}`
}

/** One page of already sorted records. */
export function recordPage(
  sorted: readonly ZendeskCustomObjectRecord[],
  sort: RecordSort,
  path: string,
  query: URLSearchParams,
): RecordPage {
  const after = query.get('page[after]')
  const before = query.get('page[before]')
  if (after && before) throw badRequest('page[after] and page[before] cannot be combined')
  const size = pageSize(query)
  let start = 0
  let end = sorted.length
  if (after) {
    const key = decodeCursor(after, sort, 'page[after]')
    start = sorted.findIndex((record) => compareKeys(keyOf(record, sort), key, sort) > 0)
    if (start === -1) start = sorted.length
    end = Math.min(sorted.length, start + size)
  } else if (before) {
    const key = decodeCursor(before, sort, 'page[before]')
    end = sorted.findIndex((record) => compareKeys(keyOf(record, sort), key, sort) >= 0)
    if (end === -1) end = sorted.length
    start = Math.max(0, end - size)
  } else {
    end = Math.min(sorted.length, size)
  }
  const items = sorted.slice(start, end)
  const first = items[0]
  const last = items.at(-1)
  const afterCursor = last && end < sorted.length ? encodeCursor(keyOf(last, sort), sort) : null
  const beforeCursor = first && start > 0 ? encodeCursor(keyOf(first, sort), sort) : null
  return {
    custom_object_records: items,
    meta: {
      has_more: before ? start > 0 : end < sorted.length,
      after_cursor: afterCursor,
      before_cursor: beforeCursor,
    },
    links: {
      next: afterCursor ? pageUrl(path, query, 'page[after]', afterCursor) : null,
      prev: beforeCursor ? pageUrl(path, query, 'page[before]', beforeCursor) : null,
    },
  }
}
