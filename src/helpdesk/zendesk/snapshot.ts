import type {
  Channel,
  CommentAuthor,
  CsatRating,
  EarlierTicket,
  NativeSentiment,
  Priority,
  SnapshotComment,
  TicketMetrics,
  TicketSnapshot,
  TicketStatus,
} from '../../core/model'
import { HelpdeskError } from '../errors'
import type { CommentsPage, MetricSet, RestTicket, ZafTicketFields } from './schemas'

/** ZAF hands out dates as `Date.toString()` strings in some hosts and ISO in others: accept both, emit ISO UTC. */
export function toIsoUtc(value: string, field: string): string {
  const time = Date.parse(value)
  if (Number.isNaN(time)) {
    throw new HelpdeskError('malformed_response', `Unexpected data from Zendesk: ${field} is not a date`, {
      source: field,
      problem: `${field}: "${value.slice(0, 40)}" is not a date`,
    })
  }
  return new Date(time).toISOString()
}

const CHANNELS: Record<string, Channel> = {
  email: 'email',
  web: 'web',
  web_form: 'web',
  web_widget: 'web',
  help_center: 'web',
  chat: 'chat',
  chat_transcript: 'chat',
  twitter: 'twitter',
  twitter_dm: 'twitter',
  x_corp: 'twitter',
  facebook: 'facebook',
  facebook_post: 'facebook',
  facebook_message: 'facebook',
  voice: 'phone',
  phone: 'phone',
  api: 'api',
  mobile_sdk: 'messaging',
  native_messaging: 'messaging',
  whatsapp: 'messaging',
  line: 'messaging',
  messaging: 'messaging',
}

export function toChannel(raw: string | number | null | undefined): Channel {
  return CHANNELS[String(raw ?? '').toLowerCase()] ?? 'other'
}

const STATUSES: readonly TicketStatus[] = ['new', 'open', 'pending', 'hold', 'solved', 'closed']
export function toStatus(raw: string): TicketStatus {
  const status = raw.toLowerCase() as TicketStatus
  return STATUSES.includes(status) ? status : 'open'
}

const PRIORITIES: readonly Priority[] = ['low', 'normal', 'high', 'urgent']
export function toPriority(raw: string | null | undefined): Priority | null {
  const priority = (raw ?? '').toLowerCase() as Priority
  return PRIORITIES.includes(priority) ? priority : null
}

/** Zendesk intelligent triage tags tickets `sentiment__<value>`. */
export function nativeSentimentFromTags(tags: readonly string[]): NativeSentiment | null {
  const tag = tags.find((t) => t.startsWith('sentiment__'))
  if (!tag) return null
  const value = tag.slice('sentiment__'.length).replace(/-/g, '_')
  const known: NativeSentiment[] = ['very_negative', 'negative', 'neutral', 'positive', 'very_positive']
  return known.includes(value as NativeSentiment) ? (value as NativeSentiment) : null
}

export function toCsat(rating: RestTicket['satisfaction_rating']): CsatRating | null {
  if (!rating) return null
  return {
    score: rating.score,
    comment: rating.comment ?? null,
    reason: rating.reason ?? null,
    ...(rating.created_at
      ? { createdAt: toIsoUtc(rating.created_at, 'satisfaction_rating.created_at') }
      : {}),
    ...(rating.updated_at
      ? { updatedAt: toIsoUtc(rating.updated_at, 'satisfaction_rating.updated_at') }
      : {}),
  }
}

export function toMetrics(metricSet: MetricSet | undefined): TicketMetrics | null {
  if (!metricSet) return null
  const calendar = (m: MetricSet['reply_time_in_minutes']) => m?.calendar ?? null
  return {
    reopens: metricSet.reopens ?? 0,
    replies: metricSet.replies ?? 0,
    firstReplyMinutes: calendar(metricSet.reply_time_in_minutes),
    firstResolutionMinutes: calendar(metricSet.first_resolution_time_in_minutes),
    fullResolutionMinutes: calendar(metricSet.full_resolution_time_in_minutes),
    requesterWaitMinutes: calendar(metricSet.requester_wait_time_in_minutes),
    agentWaitMinutes: calendar(metricSet.agent_wait_time_in_minutes),
    onHoldMinutes: calendar(metricSet.on_hold_time_in_minutes),
    groupStations: metricSet.group_stations ?? 0,
    assigneeStations: metricSet.assignee_stations ?? 0,
  }
}

/**
 * Who wrote a comment, from the customer's point of view: the requester and other end users are the
 * customer; agents and admins are the support side; unknown authors (deleted users, system) are system.
 */
export function commentAuthor(
  authorId: string,
  requesterId: string,
  roleOf: (userId: string) => string | undefined,
): CommentAuthor {
  if (authorId === requesterId) return 'customer'
  const role = roleOf(authorId)
  if (role === 'end-user') return 'customer'
  if (role === 'agent' || role === 'admin') return 'agent'
  return 'system'
}

/** Oldest first, plain text only: the REST `plain_body` (never the HTML body). */
export function toComments(page: CommentsPage, requesterId: string): SnapshotComment[] {
  const roles = new Map((page.users ?? []).map((user) => [user.id, user.role]))
  return page.comments
    .map((comment) => ({
      id: comment.id,
      author: commentAuthor(comment.author_id, requesterId, (id) => roles.get(id)),
      body: comment.plain_body ?? comment.body,
      createdAt: toIsoUtc(comment.created_at, `comment ${comment.id} created_at`),
      public: comment.public,
    }))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

export function toEarlierTicket(ticket: RestTicket): EarlierTicket {
  return {
    id: ticket.id,
    subject: ticket.subject ?? '',
    status: toStatus(ticket.status),
    createdAt: toIsoUtc(ticket.created_at, `ticket ${ticket.id} created_at`),
    ...(ticket.updated_at
      ? { updatedAt: toIsoUtc(ticket.updated_at, `ticket ${ticket.id} updated_at`) }
      : {}),
    csat: toCsat(ticket.satisfaction_rating),
  }
}

export function normaliseLocale(locale: string | null | undefined): string {
  return (locale ?? '').trim() || 'en'
}

export interface SnapshotSources {
  fields: ZafTicketFields
  comments: CommentsPage
  /** This ticket as REST returns it: CSAT and timestamps. */
  restTicket: RestTicket
  metricSet: MetricSet | undefined
  /** The requester's other tickets, any order; this ticket is filtered out. */
  requesterTickets: RestTicket[]
}

export function buildSnapshot(sources: SnapshotSources): TicketSnapshot {
  const { fields, restTicket } = sources
  const requester = fields['ticket.requester']
  const tags = fields['ticket.tags']
  const assignee = fields['ticket.assignee']?.user
  const history = sources.requesterTickets
    .filter((ticket) => ticket.id !== fields['ticket.id'])
    .map(toEarlierTicket)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const updatedAt = restTicket.updated_at ?? fields['ticket.updatedAt']

  return {
    id: fields['ticket.id'],
    source: 'zendesk',
    locale: normaliseLocale(requester.locale),
    channel: toChannel(fields['ticket.via']?.channel),
    subject: fields['ticket.subject'] ?? restTicket.subject ?? '',
    status: toStatus(fields['ticket.status']),
    priority: toPriority(fields['ticket.priority'] ?? restTicket.priority),
    createdAt: toIsoUtc(restTicket.created_at, 'ticket.created_at'),
    ...(updatedAt ? { updatedAt: toIsoUtc(updatedAt, 'ticket.updated_at') } : {}),
    tags: [...tags],
    comments: toComments(sources.comments, requester.id),
    csat: toCsat(restTicket.satisfaction_rating),
    requester: {
      id: requester.id,
      name: requester.name,
      email: requester.email ?? null,
      locale: requester.locale ?? null,
    },
    assignee: assignee ? { id: assignee.id, name: assignee.name ?? '' } : null,
    metrics: toMetrics(sources.metricSet),
    history,
    nativeSentiment: nativeSentimentFromTags(tags),
  }
}
