import { API_BASE } from '../records'
import { toZendeskTime } from '../time'
import type { CsatScore, CustomFieldValue, ZendeskTicket } from '../types'

/** A closed ticket of the past, with every key a Zendesk ticket has (as records.ts builds the seeded ones). */
export interface HistoryTicketSpec {
  id: number
  createdAt: number
  updatedAt: number
  requesterId: number
  assigneeId: number
  subject: string
  tags: string[]
  customFields: CustomFieldValue[]
  score: CsatScore
}

export function historyTicket(spec: HistoryTicketSpec): ZendeskTicket {
  const created = toZendeskTime(new Date(spec.createdAt))
  const updated = toZendeskTime(new Date(spec.updatedAt))
  return {
    url: `${API_BASE}/tickets/${spec.id}.json`,
    id: spec.id,
    external_id: null,
    via: { channel: 'email', source: { from: {}, to: {}, rel: null } },
    created_at: created,
    updated_at: updated,
    generated_timestamp: Math.floor(spec.updatedAt / 1000),
    type: 'question',
    subject: spec.subject,
    raw_subject: spec.subject,
    description: spec.subject,
    priority: 'normal',
    status: 'closed',
    recipient: 'support@fernly.example',
    requester_id: spec.requesterId,
    submitter_id: spec.requesterId,
    assignee_id: spec.assigneeId,
    organization_id: null,
    group_id: 360_000_777_001,
    collaborator_ids: [],
    follower_ids: [],
    email_cc_ids: [],
    forum_topic_id: null,
    problem_id: null,
    has_incidents: false,
    is_public: true,
    due_at: null,
    tags: spec.tags,
    custom_fields: spec.customFields,
    satisfaction_rating: { score: spec.score },
    sharing_agreement_ids: [],
    custom_status_id: 360_000_100_005,
    fields: spec.customFields.map((field) => ({ ...field })),
    followup_ids: [],
    ticket_form_id: 360_000_200_001,
    brand_id: 360_000_300_001,
    allow_channelback: false,
    allow_attachments: true,
    from_messaging_channel: false,
    encoded_id: `H${spec.id.toString(36).toUpperCase()}`,
  }
}
