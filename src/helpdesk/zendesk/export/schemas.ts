import * as z from 'zod'

/**
 * Shapes of Zendesk's incremental exports, as `turnaround scan` reads them. A page is checked in two steps:
 * the envelope (cursor, end of stream, arrays), then each item on its own, so one odd ticket or event is
 * reported and skipped instead of failing a page of a thousand.
 *
 * Two departures from the sidebar's schemas (../schemas.ts), both for speed over a million records a scan:
 *  - zod, not zod/mini: these run only in the Node CLI, where bundle size does not matter, and zod's
 *    compiled object parsers took 12 ms for a page of 1,000 events where zod/mini took 29 ms;
 *  - `z.object` (unknown keys accepted and dropped) instead of loose objects, which copy every key we never
 *    read (an export record has dozens).
 */

const id = z.union([z.number(), z.string().regex(/^\d+$/)]).transform((value) => String(value))
const nullableString = z.string().nullish()
const nullableNumber = z.number().nullish()

/** Export payloads are checked like every boundary (../../parse.ts): a mismatch is a named malformed_response. */
export { parseBoundary as parseExport } from '../../parse'

/** `GET /api/v2/incremental/tickets/cursor.json`: cursor-based, up to 1,000 tickets a page. */
export const ticketExportPageSchema = z.object({
  tickets: z.array(z.unknown()),
  after_cursor: nullableString,
  end_of_stream: z.boolean(),
  users: z.array(z.unknown()).optional(),
  metric_sets: z.array(z.unknown()).optional(),
})
export type TicketExportPage = z.infer<typeof ticketExportPageSchema>

const ratingScore = z.enum(['offered', 'unoffered', 'good', 'bad'])

export const exportedTicketSchema = z.object({
  id,
  subject: nullableString,
  status: z.string(),
  priority: nullableString,
  created_at: z.string(),
  updated_at: z.string(),
  /** Moves on every change, system changes included: the export's order and the cursor's time. */
  generated_timestamp: z.number().optional(),
  tags: z.array(z.string()),
  requester_id: id,
  assignee_id: id.nullish(),
  via: z.object({ channel: z.union([z.string(), z.number()]) }).nullish(),
  satisfaction_rating: z
    .object({
      score: ratingScore,
      comment: nullableString,
      reason: nullableString,
      created_at: nullableString,
      updated_at: nullableString,
    })
    .nullish(),
})
export type ExportedTicket = z.infer<typeof exportedTicketSchema>

/** The fields of the sidebar's `restUserSchema`. */
export const exportedUserSchema = z.object({
  id,
  name: z.string(),
  role: z.string(),
  email: nullableString,
  locale: nullableString,
})
export type ExportedUser = z.infer<typeof exportedUserSchema>

const minutes = z.object({ calendar: nullableNumber, business: nullableNumber }).nullish()
/** The fields of the sidebar's `metricSetSchema`. */
export const exportedMetricSetSchema = z.object({
  ticket_id: id,
  reopens: nullableNumber,
  replies: nullableNumber,
  group_stations: nullableNumber,
  assignee_stations: nullableNumber,
  reply_time_in_minutes: minutes,
  first_resolution_time_in_minutes: minutes,
  full_resolution_time_in_minutes: minutes,
  requester_wait_time_in_minutes: minutes,
  agent_wait_time_in_minutes: minutes,
  on_hold_time_in_minutes: minutes,
})
export type ExportedMetricSet = z.infer<typeof exportedMetricSetSchema>

/** `GET /api/v2/incremental/ticket_events.json?include=comment_events`: time-based, ~1,000 events a page. */
export const ticketEventsPageSchema = z.object({
  ticket_events: z.array(z.unknown()),
  end_time: nullableNumber,
  end_of_stream: z.boolean(),
})
export type TicketEventsPage = z.infer<typeof ticketEventsPageSchema>

export const ticketEventSchema = z.object({
  id,
  ticket_id: id,
  /** Unix seconds; the time-based cursor. */
  timestamp: z.number(),
  created_at: nullableString,
  child_events: z.array(z.unknown()).optional(),
})
export type TicketEvent = z.infer<typeof ticketEventSchema>

/** A comment inside an event's `child_events`, present with the `comment_events` sideload. */
export const commentChildSchema = z.object({
  id,
  author_id: id,
  body: z.string(),
  plain_body: z.string().optional(),
  public: z.boolean(),
  created_at: nullableString,
})
export type CommentChild = z.infer<typeof commentChildSchema>

/** `GET /api/v2/users/show_many.json?ids=…`: the authors the export's sideload did not name. */
export const usersPageSchema = z.object({ users: z.array(exportedUserSchema) })

/** `GET /api/v2/tickets/{id}/comments.json?include=users`: a conversation read on its own. */
export const conversationSchema = z.object({
  comments: z.array(
    z.object({
      id,
      author_id: id,
      body: z.string(),
      plain_body: z.string().optional(),
      public: z.boolean(),
      created_at: z.string(),
    }),
  ),
  users: z.array(exportedUserSchema).optional(),
})
export type Conversation = z.infer<typeof conversationSchema>

/** The tags endpoint answers with the ticket's tags after the change. */
export const tagsResponseSchema = z.object({ tags: z.array(z.string()) })

/** `GET /api/v2/tickets/{id}.json`, read again after a 409: the tags and the stamp to try with. */
export const ticketStampSchema = z.object({
  ticket: z.object({ id, status: z.string(), updated_at: z.string(), tags: z.array(z.string()) }),
})

/** The type of a child event: `type` in the reference, `event_type` in some payloads. */
export function childEventType(child: unknown): string | undefined {
  if (typeof child !== 'object' || child === null) return undefined
  const { type, event_type: eventType } = child as { type?: unknown; event_type?: unknown }
  if (typeof type === 'string') return type
  return typeof eventType === 'string' ? eventType : undefined
}
