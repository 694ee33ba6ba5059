/**
 * The JSON Lines input of `turnaround assess`: one TicketSnapshot per line (docs/ticket-snapshot.md,
 * "CLI input (JSON Lines)"). Unknown keys are accepted and ignored, so exports with extra fields still load.
 */
import * as z from 'zod'
import type { TicketSnapshot } from '../core/model'

/** The allowed values, shared with the hand-written fast path (snapshot-check.ts). */
export const CHANNELS = [
  'email',
  'web',
  'chat',
  'twitter',
  'facebook',
  'phone',
  'api',
  'messaging',
  'other',
] as const
export const STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const
export const CSAT_SCORES = ['good', 'bad', 'offered', 'unoffered'] as const
export const AUTHORS = ['customer', 'agent', 'system'] as const
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const
export const NATIVE_SENTIMENTS = [
  'very_negative',
  'negative',
  'neutral',
  'positive',
  'very_positive',
] as const
export const SOURCES = ['zendesk', 'freshdesk', 'file'] as const

const isoDate = z.iso.datetime({ offset: true })
/** The pattern zod checks dates with, so the fast path accepts exactly the same dates. */
export const ISO_DATE_PATTERN: RegExp = isoDate.def.pattern ?? /^$/
const channel = z.enum(CHANNELS)
const status = z.enum(STATUSES)
const csatScore = z.enum(CSAT_SCORES)
const minutes = z.number().nonnegative().nullable().optional()

const comment = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String).optional(),
  author: z.enum(AUTHORS),
  body: z.string(),
  createdAt: isoDate,
  public: z.boolean().optional(),
})

const csat = z.looseObject({
  score: csatScore,
  comment: z.string().nullable().optional(),
  reason: z.string().nullable().optional(),
  createdAt: isoDate.optional(),
  updatedAt: isoDate.optional(),
  previousScore: csatScore.nullable().optional(),
})

const person = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  name: z.string(),
  email: z.string().nullable().optional(),
  locale: z.string().nullable().optional(),
})

const metrics = z.looseObject({
  reopens: z.number().int().nonnegative().optional(),
  replies: z.number().int().nonnegative().optional(),
  firstReplyMinutes: minutes,
  firstResolutionMinutes: minutes,
  fullResolutionMinutes: minutes,
  requesterWaitMinutes: minutes,
  agentWaitMinutes: minutes,
  onHoldMinutes: minutes,
  groupStations: z.number().int().nonnegative().optional(),
  assigneeStations: z.number().int().nonnegative().optional(),
})

const earlierTicket = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  subject: z.string(),
  status,
  createdAt: isoDate,
  updatedAt: isoDate.optional(),
  csat: csat.nullable(),
})

export const snapshotSchema = z.looseObject({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  locale: z.string(),
  channel,
  subject: z.string().default(''),
  status,
  createdAt: isoDate,
  updatedAt: isoDate.optional(),
  tags: z.array(z.string()).default([]),
  comments: z.array(comment),
  csat: csat.nullable().default(null),
  priority: z.enum(PRIORITIES).nullable().optional(),
  requester: person.optional(),
  assignee: person.nullable().optional(),
  metrics: metrics.nullable().optional(),
  history: z.array(earlierTicket).optional(),
  nativeSentiment: z.enum(NATIVE_SENTIMENTS).nullable().optional(),
  source: z.enum(SOURCES).optional(),
})

// Compile-time check: what the schema produces is a TicketSnapshot.
export type ParsedSnapshot = z.output<typeof snapshotSchema>
const _fits = (parsed: ParsedSnapshot): TicketSnapshot => parsed
void _fits

/** `comments[2].author: Invalid option…` — names the field, short enough for one stderr line. */
export function describeIssues(error: z.ZodError, limit = 3): string {
  const parts = error.issues.slice(0, limit).map((issue) => {
    const path = issue.path.reduce<string>(
      (acc, key) =>
        typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key),
      '',
    )
    return `${path || '(root)'}: ${issue.message}`
  })
  const more = error.issues.length > limit ? ` (+${error.issues.length - limit} more)` : ''
  return parts.join('; ') + more
}
