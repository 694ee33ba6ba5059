import * as z from 'zod/mini'
import { satisfactionRatingSchema } from '../schemas'

/**
 * Shapes of Zendesk's incremental exports, as `turnaround scan` reads them. A page is checked in two steps:
 * the envelope here (cursor, end of stream, arrays), then each item on its own, so one odd ticket or event
 * is reported and skipped instead of failing a page of a thousand. Unknown keys are accepted but, unlike
 * the sidebar's loose schemas, not copied (`z.object` strips them): an export page holds thousands of
 * records with dozens of keys we never read, and copying them was a third of the scan's parsing time.
 */

const id = z.pipe(
  z.union([z.number(), z.string().check(z.regex(/^\d+$/))]),
  z.transform((value) => String(value)),
)
const nullableId = z.nullish(id)
const nullableString = z.nullish(z.string())

/** `GET /api/v2/incremental/tickets/cursor.json`: cursor-based, up to 1,000 tickets a page. */
export const ticketExportPageSchema = z.looseObject({
  tickets: z.array(z.unknown()),
  after_cursor: nullableString,
  end_of_stream: z.boolean(),
  users: z.optional(z.array(z.unknown())),
  metric_sets: z.optional(z.array(z.unknown())),
})
export type TicketExportPage = z.infer<typeof ticketExportPageSchema>

export const exportedTicketSchema = z.object({
  id,
  subject: nullableString,
  status: z.string(),
  priority: nullableString,
  created_at: z.string(),
  updated_at: z.string(),
  /** Moves on every change, system changes included: the export's order and the cursor's time. */
  generated_timestamp: z.optional(z.number()),
  tags: z.array(z.string()),
  requester_id: id,
  assignee_id: nullableId,
  via: z.nullish(z.object({ channel: z.union([z.string(), z.number()]) })),
  satisfaction_rating: satisfactionRatingSchema,
})
export type ExportedTicket = z.infer<typeof exportedTicketSchema>

/** The same fields as the sidebar's `restUserSchema`, stripped. */
export const exportedUserSchema = z.object({
  id,
  name: z.string(),
  role: z.string(),
  email: nullableString,
  locale: nullableString,
})

const nullableNumber = z.nullish(z.number())
const minutes = z.nullish(z.object({ calendar: nullableNumber, business: nullableNumber }))
/** The same fields as the sidebar's `metricSetSchema`, stripped. */
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

/** `GET /api/v2/incremental/ticket_events.json?include=comment_events`: time-based, ~1,000 events a page. */
export const ticketEventsPageSchema = z.looseObject({
  ticket_events: z.array(z.unknown()),
  end_time: z.nullish(z.number()),
  end_of_stream: z.boolean(),
})

export const ticketEventSchema = z.object({
  id,
  ticket_id: id,
  /** Unix seconds; the time-based cursor. */
  timestamp: z.number(),
  created_at: nullableString,
  child_events: z.optional(z.array(z.unknown())),
})
export type TicketEvent = z.infer<typeof ticketEventSchema>

/** A comment inside an event's `child_events`, present with the `comment_events` sideload. */
export const commentChildSchema = z.object({
  id,
  author_id: id,
  body: z.string(),
  plain_body: z.optional(z.string()),
  public: z.boolean(),
  created_at: nullableString,
})

/** `GET /api/v2/users/show_many.json?ids=…`: the authors the export's sideload did not name. */
export const usersPageSchema = z.looseObject({ users: z.array(exportedUserSchema) })

/** The tags endpoint answers with the ticket's tags after the change. */
export const tagsResponseSchema = z.looseObject({ tags: z.array(z.string()) })

/** `GET /api/v2/tickets/{id}.json`, read again after a 409: the tags and the stamp to try with. */
export const ticketStampSchema = z.looseObject({
  ticket: z.looseObject({ id, status: z.string(), updated_at: z.string(), tags: z.array(z.string()) }),
})

/** The type of a child event: `type` in the reference, `event_type` in some payloads. */
export function childEventType(child: unknown): string | undefined {
  if (typeof child !== 'object' || child === null) return undefined
  const { type, event_type: eventType } = child as { type?: unknown; event_type?: unknown }
  if (typeof type === 'string') return type
  return typeof eventType === 'string' ? eventType : undefined
}
