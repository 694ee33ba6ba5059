import * as z from 'zod/mini'

/**
 * Shapes of what Zendesk sends us: ZAF `client.get` results and REST responses.
 * Loose objects everywhere: real payloads carry many more keys than we read, and new ones appear.
 */

const id = z.pipe(
  z.union([z.number(), z.string().check(z.regex(/^\d+$/))]),
  z.transform((value) => String(value)),
)
const nullableString = z.nullish(z.string())

// ---- ZAF client.get -----------------------------------------------------------------------------

export const zafUserSchema = z.looseObject({
  id,
  name: z.string(),
  email: nullableString,
  locale: nullableString,
  role: z.optional(z.union([z.string(), z.number()])),
})

export const zafTicketSchema = z.looseObject({
  'ticket.id': id,
  'ticket.subject': nullableString,
  'ticket.status': z.string(),
  'ticket.priority': nullableString,
  'ticket.tags': z.array(z.string()),
  'ticket.via': z.nullish(z.looseObject({ channel: z.union([z.string(), z.number()]) })),
  'ticket.createdAt': z.string(),
  'ticket.updatedAt': nullableString,
  'ticket.requester': zafUserSchema,
  /** ZAF gives `{ user, group }`; either may be absent on unassigned tickets. */
  'ticket.assignee': z.nullish(z.looseObject({ user: z.nullish(z.partial(zafUserSchema, { name: true })) })),
  currentUser: zafUserSchema,
})
export type ZafTicketFields = z.infer<typeof zafTicketSchema>

export const ZAF_TICKET_PATHS = [
  'ticket.id',
  'ticket.subject',
  'ticket.status',
  'ticket.priority',
  'ticket.tags',
  'ticket.via',
  'ticket.createdAt',
  'ticket.updatedAt',
  'ticket.requester',
  'ticket.assignee',
  'currentUser',
] as const

// ---- REST -----------------------------------------------------------------------------------------

export const restUserSchema = z.looseObject({
  id,
  name: z.string(),
  role: z.string(),
  email: nullableString,
  locale: nullableString,
})

export const restCommentSchema = z.looseObject({
  id,
  author_id: id,
  body: z.string(),
  plain_body: z.optional(z.string()),
  public: z.boolean(),
  created_at: z.string(),
  via: z.nullish(z.looseObject({ channel: z.union([z.string(), z.number()]) })),
})
export type RestComment = z.infer<typeof restCommentSchema>

export const commentsPageSchema = z.looseObject({
  comments: z.array(restCommentSchema),
  users: z.optional(z.array(restUserSchema)),
  meta: z.optional(z.looseObject({ has_more: z.boolean() })),
})
export type CommentsPage = z.infer<typeof commentsPageSchema>

export const satisfactionRatingSchema = z.nullish(
  z.looseObject({
    score: z.enum(['offered', 'unoffered', 'good', 'bad']),
    comment: nullableString,
    reason: nullableString,
    created_at: nullableString,
    updated_at: nullableString,
  }),
)

const nullableNumber = z.nullish(z.number())
const minutesSchema = z.nullish(z.looseObject({ calendar: nullableNumber, business: nullableNumber }))

export const metricSetSchema = z.looseObject({
  ticket_id: id,
  reopens: nullableNumber,
  replies: nullableNumber,
  group_stations: nullableNumber,
  assignee_stations: nullableNumber,
  reply_time_in_minutes: minutesSchema,
  first_resolution_time_in_minutes: minutesSchema,
  full_resolution_time_in_minutes: minutesSchema,
  requester_wait_time_in_minutes: minutesSchema,
  agent_wait_time_in_minutes: minutesSchema,
  on_hold_time_in_minutes: minutesSchema,
})
export type MetricSet = z.infer<typeof metricSetSchema>

export const restTicketSchema = z.looseObject({
  id,
  subject: nullableString,
  status: z.string(),
  priority: nullableString,
  created_at: z.string(),
  updated_at: nullableString,
  tags: z.optional(z.array(z.string())),
  satisfaction_rating: satisfactionRatingSchema,
})
export type RestTicket = z.infer<typeof restTicketSchema>

export const ticketListSchema = z.looseObject({
  tickets: z.array(restTicketSchema),
  metric_sets: z.optional(z.array(metricSetSchema)),
})
export type TicketList = z.infer<typeof ticketListSchema>

export const showTicketSchema = z.looseObject({
  ticket: restTicketSchema,
  metric_sets: z.optional(z.array(metricSetSchema)),
})
export type ShowTicket = z.infer<typeof showTicketSchema>
