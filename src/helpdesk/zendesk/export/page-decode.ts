import { describeIssues, type BoundarySchema } from '../../parse'
import type { TicketMetrics } from '../../../core/model'
import { toMetrics } from '../snapshot'
import type { BufferedComment } from './comment-buffer'
import {
  childEventType,
  commentChildSchema,
  exportedMetricSetSchema,
  exportedTicketSchema,
  exportedUserSchema,
  parseExport,
  ticketEventSchema,
  ticketEventsPageSchema,
  ticketExportPageSchema,
  type ExportedTicket,
  type ExportedUser,
} from './schemas'
import {
  readCommentChild,
  readEvent,
  readMetricSet,
  readTicket,
  readTicketEventsPage,
  readTicketExportPage,
  readUser,
} from './record-check'
import { isoUtcOrNull } from './times'

/**
 * An export page checked and cut down to what the scan uses: the JSON of a page is ~1.6 MB (tickets) or
 * ~0.85 MB (events), mostly fields the scan never reads (HTML bodies, via, metadata). These functions run
 * in the decoding thread (decode-worker.ts), so only the small result crosses to the scan's thread; they
 * run in the scan's own thread too when a page comes without that thread (tests handing in plain JSON).
 * An envelope that does not fit fails the page (named malformed_response); an item that does not fit is
 * reported and skipped, as before the split. Each record goes through the hand-written check first
 * (record-check.ts); only one it rejects meets the zod schema, which says what does not fit.
 */

export const TICKET_EXPORT_PATH = '/api/v2/incremental/tickets/cursor.json'
export const TICKET_EVENTS_PATH = '/api/v2/incremental/ticket_events.json'

export type TicketEntry =
  { ok: true; ticket: ExportedTicket } | { ok: false; id: string | null; problem: string }

export interface TicketPage {
  kind: 'tickets'
  tickets: TicketEntry[]
  afterCursor: string | null
  endOfStream: boolean
  /** The `users` sideload: the page's requesters, assignees and CCs (those that fit). */
  users: ExportedUser[]
  /** Each ticket's metrics from the metric set sideload, by ticket id. */
  metrics: Record<string, TicketMetrics>
  /** Data left out because it did not fit, to tell the user about. */
  notices: string[]
}

export interface PageEvent {
  id: string
  ticketId: string
  /** Unix seconds; the time-based cursor. */
  timestamp: number
  comments: BufferedComment[]
}

export interface EventPage {
  kind: 'events'
  events: PageEvent[]
  endTime: number | null
  endOfStream: boolean
  notices: string[]
}

export type DecodedPage = TicketPage | EventPage

export function decodeTicketPage(data: unknown): TicketPage {
  const source = `GET ${TICKET_EXPORT_PATH}`
  const page = readTicketExportPage(data) ?? parseExport(ticketExportPageSchema, data, source)
  const notices: string[] = []
  const tickets = page.tickets.map((raw): TicketEntry => {
    const parsed = checked(readTicket, exportedTicketSchema, raw)
    return parsed.success
      ? { ok: true, ticket: parsed.data }
      : { ok: false, id: rawId(raw), problem: describeIssues(parsed.error) }
  })
  const users = (page.users ?? []).flatMap((raw) => {
    const parsed = checked(readUser, exportedUserSchema, raw)
    return parsed.success ? [parsed.data] : []
  })
  const metrics: Record<string, TicketMetrics> = {}
  for (const raw of page.metric_sets ?? []) {
    const parsed = checked(readMetricSet, exportedMetricSetSchema, raw)
    // Ids are digits (the schema says so): no key can reach the object's prototype.
    if (parsed.success) metrics[parsed.data.ticket_id] = toMetrics(parsed.data) as TicketMetrics
    else notices.push(`${source}: a metric set does not fit; it was left out`)
  }
  return {
    kind: 'tickets',
    tickets,
    afterCursor: page.after_cursor ?? null,
    endOfStream: page.end_of_stream,
    users,
    metrics,
    notices,
  }
}

export function decodeEventPage(data: unknown): EventPage {
  const source = `GET ${TICKET_EVENTS_PATH}`
  const page = readTicketEventsPage(data) ?? parseExport(ticketEventsPageSchema, data, source)
  const notices: string[] = []
  const events: PageEvent[] = []
  for (const raw of page.ticket_events) {
    const parsed = checked(readEvent, ticketEventSchema, raw)
    if (!parsed.success) {
      notices.push(`${source}: an event does not fit the expected shape; it was skipped`)
      continue
    }
    const event = parsed.data
    const comments: BufferedComment[] = []
    for (const child of event.child_events ?? []) {
      if (childEventType(child) !== 'Comment') continue
      const comment = checked(readCommentChild, commentChildSchema, child)
      if (!comment.success) {
        notices.push(`${source}: a comment of ticket ${event.ticket_id} does not fit; it was skipped`)
        continue
      }
      const { id, author_id: authorId, plain_body: plain, body, created_at: createdAt } = comment.data
      const at = isoUtcOrNull(createdAt ?? event.created_at)
      if (!at) {
        notices.push(`${source}: a comment of ticket ${event.ticket_id} has no date; it was skipped`)
        continue
      }
      comments.push({ id, authorId, body: plain ?? body, public: comment.data.public, createdAt: at })
    }
    events.push({ id: event.id, ticketId: event.ticket_id, timestamp: event.timestamp, comments })
  }
  return {
    kind: 'events',
    events,
    endTime: page.end_time ?? null,
    endOfStream: page.end_of_stream,
    notices,
  }
}

type Checked<T> = ReturnType<BoundarySchema<T>['safeParse']>

/** The fast check's data; zod's verdict (with its issues) only for a record the fast check rejects. */
function checked<T>(fast: (raw: unknown) => T | null, schema: BoundarySchema<T>, raw: unknown): Checked<T> {
  const data = fast(raw)
  return data === null ? schema.safeParse(raw) : { success: true, data }
}

function rawId(raw: unknown): string | null {
  const id = (raw as { id?: unknown } | null)?.id
  return typeof id === 'number' || typeof id === 'string' ? String(id) : null
}
