/**
 * The fast path of the export checks: the rules of schemas.ts written out by hand for records fresh from
 * JSON.parse, several times cheaper than the zod schemas on a valid record (zod took as long as parsing
 * the JSON on the decoding thread, ~7 CPU-seconds a scan of 100,000 tickets). Each reader answers the
 * schema's data or null; a null goes to the zod schema, which stays the authority and names the failing
 * fields (as src/cli/snapshot-check.ts does for `turnaround assess`). tests/unit/helpdesk/record-check.test.ts
 * checks that both accept the same records and give the same data.
 */
import type {
  ExportedMetricSet,
  ExportedTicket,
  ExportedUser,
  TicketEvent,
  CommentChild,
  TicketExportPage,
  TicketEventsPage,
} from './schemas'

type Json = Record<string, unknown>

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
/** zod's number(): finite (JSON.parse turns 1e999 into Infinity). */
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const isNullishString = (v: unknown): v is string | null | undefined =>
  v === undefined || v === null || typeof v === 'string'
const isNullishNumber = (v: unknown): v is number | null | undefined =>
  v === undefined || v === null || isNumber(v)
const DIGITS = /^\d+$/

/** schemas.ts's `id`: a number or a string of digits, as a string; undefined when it is neither. */
function idOf(v: unknown): string | undefined {
  if (typeof v === 'string') return DIGITS.test(v) ? v : undefined
  return isNumber(v) ? String(v) : undefined
}

function isStringArray(v: unknown): v is string[] {
  if (!Array.isArray(v)) return false
  for (const item of v) if (typeof item !== 'string') return false
  return true
}

/**
 * Copies the keys the record has (zod's objects leave an absent optional key absent), in the schema's order.
 * `keys` must all have been checked by the caller.
 */
function present<T>(out: Json, from: Json, keys: readonly string[]): T {
  for (const key of keys) if (from[key] !== undefined) out[key] = from[key]
  return out as T
}

const RATING_SCORES: ReadonlySet<unknown> = new Set(['offered', 'unoffered', 'good', 'bad'])
const RATING_TEXTS = ['comment', 'reason', 'created_at', 'updated_at'] as const

function ratingOf(v: unknown): ExportedTicket['satisfaction_rating'] | false {
  if (v === undefined || v === null) return v
  if (!isObject(v) || !RATING_SCORES.has(v.score)) return false
  for (const key of RATING_TEXTS) if (!isNullishString(v[key])) return false
  return present({ score: v.score }, v, RATING_TEXTS)
}

function viaOf(v: unknown): ExportedTicket['via'] | false {
  if (v === undefined || v === null) return v
  if (!isObject(v)) return false
  const channel = v.channel
  return typeof channel === 'string' || isNumber(channel) ? { channel } : false
}

export function readTicket(v: unknown): ExportedTicket | null {
  if (!isObject(v)) return null
  const id = idOf(v.id)
  const requesterId = idOf(v.requester_id)
  if (id === undefined || requesterId === undefined) return null
  const assigneeId = v.assignee_id === null ? null : idOf(v.assignee_id)
  if (assigneeId === undefined && v.assignee_id !== undefined) return null
  const { status, created_at: createdAt, updated_at: updatedAt, generated_timestamp: generated } = v
  if (typeof status !== 'string' || typeof createdAt !== 'string' || typeof updatedAt !== 'string')
    return null
  if (!isNullishString(v.subject) || !isNullishString(v.priority) || !isStringArray(v.tags)) return null
  if (generated !== undefined && !isNumber(generated)) return null
  const via = viaOf(v.via)
  const rating = ratingOf(v.satisfaction_rating)
  if (via === false || rating === false) return null
  const ticket: Json = { id }
  if (v.subject !== undefined) ticket.subject = v.subject
  ticket.status = status
  if (v.priority !== undefined) ticket.priority = v.priority
  ticket.created_at = createdAt
  ticket.updated_at = updatedAt
  if (generated !== undefined) ticket.generated_timestamp = generated
  ticket.tags = v.tags
  ticket.requester_id = requesterId
  if (assigneeId !== undefined) ticket.assignee_id = assigneeId
  if (via !== undefined) ticket.via = via
  if (rating !== undefined) ticket.satisfaction_rating = rating
  return ticket as unknown as ExportedTicket
}

export function readUser(v: unknown): ExportedUser | null {
  if (!isObject(v)) return null
  const id = idOf(v.id)
  if (id === undefined || typeof v.name !== 'string' || typeof v.role !== 'string') return null
  if (!isNullishString(v.email) || !isNullishString(v.locale)) return null
  return present({ id, name: v.name, role: v.role }, v, ['email', 'locale'])
}

/** In the schema's order, counts first (zod's output has the schema's order of keys). */
const METRIC_COUNTS = ['reopens', 'replies', 'group_stations', 'assignee_stations'] as const
const METRIC_MINUTES = [
  'reply_time_in_minutes',
  'first_resolution_time_in_minutes',
  'full_resolution_time_in_minutes',
  'requester_wait_time_in_minutes',
  'agent_wait_time_in_minutes',
  'on_hold_time_in_minutes',
] as const

function minutesOf(v: unknown): Json | null | undefined | false {
  if (v === undefined || v === null) return v
  if (!isObject(v) || !isNullishNumber(v.calendar) || !isNullishNumber(v.business)) return false
  return present({}, v, ['calendar', 'business'])
}

export function readMetricSet(v: unknown): ExportedMetricSet | null {
  if (!isObject(v)) return null
  const ticketId = idOf(v.ticket_id)
  if (ticketId === undefined) return null
  const set: Json = { ticket_id: ticketId }
  for (const key of METRIC_COUNTS) {
    const count = v[key]
    if (!isNullishNumber(count)) return null
    if (count !== undefined) set[key] = count
  }
  for (const key of METRIC_MINUTES) {
    const minutes = minutesOf(v[key])
    if (minutes === false) return null
    if (minutes !== undefined) set[key] = minutes
  }
  return set as unknown as ExportedMetricSet
}

export function readEvent(v: unknown): TicketEvent | null {
  if (!isObject(v)) return null
  const id = idOf(v.id)
  const ticketId = idOf(v.ticket_id)
  if (id === undefined || ticketId === undefined || !isNumber(v.timestamp)) return null
  if (!isNullishString(v.created_at)) return null
  if (v.child_events !== undefined && !Array.isArray(v.child_events)) return null
  return present({ id, ticket_id: ticketId, timestamp: v.timestamp }, v, ['created_at', 'child_events'])
}

export function readCommentChild(v: unknown): CommentChild | null {
  if (!isObject(v)) return null
  const id = idOf(v.id)
  const authorId = idOf(v.author_id)
  if (id === undefined || authorId === undefined || typeof v.body !== 'string') return null
  if (v.plain_body !== undefined && typeof v.plain_body !== 'string') return null
  if (typeof v.public !== 'boolean' || !isNullishString(v.created_at)) return null
  const comment: Json = { id, author_id: authorId, body: v.body }
  if (v.plain_body !== undefined) comment.plain_body = v.plain_body
  comment.public = v.public
  if (v.created_at !== undefined) comment.created_at = v.created_at
  return comment as unknown as CommentChild
}

export function readTicketExportPage(v: unknown): TicketExportPage | null {
  if (!isObject(v) || !Array.isArray(v.tickets) || !isNullishString(v.after_cursor)) return null
  if (typeof v.end_of_stream !== 'boolean') return null
  if (v.users !== undefined && !Array.isArray(v.users)) return null
  if (v.metric_sets !== undefined && !Array.isArray(v.metric_sets)) return null
  const page: Json = { tickets: v.tickets }
  if (v.after_cursor !== undefined) page.after_cursor = v.after_cursor
  page.end_of_stream = v.end_of_stream
  return present(page, v, ['users', 'metric_sets'])
}

export function readTicketEventsPage(v: unknown): TicketEventsPage | null {
  if (!isObject(v) || !Array.isArray(v.ticket_events) || !isNullishNumber(v.end_time)) return null
  if (typeof v.end_of_stream !== 'boolean') return null
  const page: Json = { ticket_events: v.ticket_events }
  if (v.end_time !== undefined) page.end_time = v.end_time
  page.end_of_stream = v.end_of_stream
  return page as unknown as TicketEventsPage
}
