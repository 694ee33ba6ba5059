/**
 * Zendesk's payload shapes for the generated account (tests/fixtures/zendesk-api and the API reference):
 * exported tickets, users, metric sets, comments, and ticket events with the `comment_events` sideload.
 */
import { AGENTS, NIGHT_SHIFT, iso, type PlannedComment, type TicketPlan } from './plan'

export interface LiveTicket {
  plan: TicketPlan
  tags: string[]
  status: string
  /** Unix seconds. */
  updatedAt: number
  generated: number
}

const via = (channel: string) => ({ channel, source: { from: {}, to: {}, rel: null } })

export function ticketJson(live: LiveTicket, base: string) {
  const { plan } = live
  return {
    url: `${base}/api/v2/tickets/${plan.id}.json`,
    id: plan.id,
    external_id: null,
    via: via('email'),
    created_at: iso(plan.created),
    updated_at: iso(live.updatedAt),
    generated_timestamp: live.generated,
    type: null,
    subject: plan.subject,
    raw_subject: plan.subject,
    description: plan.comments[0]?.body ?? '',
    priority: 'normal',
    status: live.status,
    recipient: 'support@acme.test',
    requester_id: plan.requesterId,
    submitter_id: plan.requesterId,
    assignee_id: plan.assigneeId,
    organization_id: null,
    group_id: 360_000_001,
    collaborator_ids: [],
    follower_ids: [],
    email_cc_ids: [],
    has_incidents: false,
    is_public: true,
    due_at: null,
    tags: [...live.tags],
    custom_fields: [{ id: 27642, value: null }],
    satisfaction_rating:
      plan.csat === 'bad'
        ? { id: 36_000_000 + plan.index, score: 'bad', comment: 'Slow and unhelpful.', reason: null }
        : { score: 'unoffered' },
    sharing_agreement_ids: [],
    from_messaging_channel: false,
    brand_id: 1,
  }
}

export function userJson(id: number, base: string, locale = 'en') {
  const staff = [...AGENTS, NIGHT_SHIFT].find((agent) => agent.id === id)
  return {
    id,
    url: `${base}/api/v2/users/${id}.json`,
    name: staff?.name ?? `Customer ${id}`,
    email: staff ? `agent${id}@acme.test` : `customer${id}@example.com`,
    locale,
    role: staff ? (id === 7004 ? 'admin' : 'agent') : 'end-user',
    active: true,
    created_at: '2020-01-01T00:00:00Z',
    updated_at: '2020-01-01T00:00:00Z',
    time_zone: 'UTC',
    tags: [],
  }
}

export function metricSetJson(plan: TicketPlan) {
  const minutes = (calendar: number) => ({ calendar, business: calendar })
  return {
    id: 5_000_000 + plan.index,
    ticket_id: plan.id,
    created_at: iso(plan.created),
    updated_at: iso(plan.generated),
    group_stations: 1,
    assignee_stations: 1,
    reopens: 0,
    replies: 1,
    reply_time_in_minutes: minutes(20),
    first_resolution_time_in_minutes: minutes(60),
    full_resolution_time_in_minutes: minutes(60),
    agent_wait_time_in_minutes: minutes(10),
    requester_wait_time_in_minutes: minutes(30),
    on_hold_time_in_minutes: minutes(0),
  }
}

export function commentJson(comment: PlannedComment) {
  return {
    id: comment.id,
    type: 'Comment',
    author_id: comment.authorId,
    body: comment.body,
    html_body: `<div class="zd-comment" dir="auto"><p dir="auto">${comment.body}</p></div>`,
    plain_body: comment.body,
    public: comment.public,
    attachments: [],
    audit_id: comment.id + 1,
    via: via('email'),
    created_at: iso(comment.time),
    metadata: { system: {}, custom: {} },
  }
}

/** One audit per comment, as the ticket-event export gives it with `include=comment_events`. */
export function commentEventJson(plan: TicketPlan, comment: PlannedComment, first: boolean) {
  const children: unknown[] = [{ ...commentJson(comment), event_type: 'Comment', created_at: undefined }]
  if (first) {
    children.push({ id: comment.id + 3, type: 'Create', field_name: 'status', value: 'new' })
  }
  return {
    id: comment.id + 1,
    ticket_id: plan.id,
    timestamp: comment.time,
    created_at: iso(comment.time),
    updater_id: comment.authorId,
    via: via('email'),
    system: { client: 'Mozilla/5.0', ip_address: null, location: null },
    metadata: { system: {}, custom: {} },
    event_type: 'Audit',
    child_events: children,
  }
}

/** A change without a comment (a status update): in the stream, ignored by the scan. */
export function statusEventJson(plan: TicketPlan) {
  return {
    id: 910_000_000 + plan.index,
    ticket_id: plan.id,
    timestamp: plan.generated,
    created_at: iso(plan.generated),
    updater_id: plan.assigneeId,
    via: via('web'),
    event_type: 'Audit',
    child_events: [
      {
        id: 920_000_000 + plan.index,
        type: 'Change',
        field_name: 'status',
        value: plan.status,
        previous_value: 'open',
      },
    ],
  }
}

export const closedTicketError = () => ({
  error: 'RecordInvalid',
  description: 'Record validation errors',
  details: { status: [{ description: 'Status: closed prevents ticket update', error: 'InvalidValue' }] },
})

export const updateConflictError = () => ({
  error: 'UpdateConflict',
  description:
    'Safe Update prevented the update due to outdated ticket data. Please fetch the latest ticket data and try again.',
})
