/**
 * Zendesk Support REST records exactly as the API serialises them (snake_case, ISO-8601 UTC dates).
 * The store keeps records in this shape so a response is a copy, not a translation: what the app
 * parses here is what it will parse against a real account. Compare with /work/shared/fixtures/zendesk-api.
 */

export type TicketStatus = 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed'
export type TicketPriority = 'low' | 'normal' | 'high' | 'urgent'
export type TicketType = 'question' | 'incident' | 'problem' | 'task'
/** `rule`: a change a trigger or automation made (its `source.from` names the rule). */
export type ViaChannel = 'email' | 'web' | 'chat' | 'api' | 'mobile' | 'voice' | 'native_messaging' | 'rule'
export type CsatScore = 'good' | 'bad' | 'offered' | 'unoffered'
export type UserRole = 'end-user' | 'agent' | 'admin'

export interface ViaSource {
  from: Record<string, unknown>
  to: Record<string, unknown>
  rel: string | null
}

export interface Via {
  channel: ViaChannel
  source: ViaSource
}

export interface CustomFieldValue {
  id: number
  value: string | number | boolean | null
}

/** The compact rating embedded in a ticket (`ticket.satisfaction_rating`). */
export interface EmbeddedSatisfactionRating {
  score: CsatScore
  id?: number
  comment?: string | null
  reason?: string | null
  reason_id?: number | null
}

export interface ZendeskTicket {
  url: string
  id: number
  external_id: string | null
  via: Via
  created_at: string
  updated_at: string
  generated_timestamp: number
  type: TicketType | null
  subject: string
  raw_subject: string
  description: string
  priority: TicketPriority | null
  status: TicketStatus
  recipient: string | null
  requester_id: number
  submitter_id: number
  assignee_id: number | null
  organization_id: number | null
  group_id: number | null
  collaborator_ids: number[]
  follower_ids: number[]
  email_cc_ids: number[]
  forum_topic_id: number | null
  problem_id: number | null
  has_incidents: boolean
  is_public: boolean
  due_at: string | null
  tags: string[]
  custom_fields: CustomFieldValue[]
  satisfaction_rating: EmbeddedSatisfactionRating | null
  sharing_agreement_ids: number[]
  custom_status_id: number
  fields: CustomFieldValue[]
  followup_ids: number[]
  ticket_form_id: number
  brand_id: number
  allow_channelback: boolean
  allow_attachments: boolean
  from_messaging_channel: boolean
  encoded_id: string
}

export interface ZendeskUser {
  id: number
  url: string
  name: string
  email: string
  created_at: string
  updated_at: string
  time_zone: string
  iana_time_zone: string
  phone: string | null
  shared_phone_number: boolean | null
  photo: null | { content_url: string }
  locale_id: number
  locale: string
  organization_id: number | null
  role: UserRole
  verified: boolean
  external_id: string | null
  tags: string[]
  alias: string
  active: boolean
  shared: boolean
  shared_agent: boolean
  last_login_at: string | null
  two_factor_auth_enabled: boolean | null
  signature: string | null
  details: string
  notes: string
  role_type: number | null
  custom_role_id: number | null
  moderator: boolean
  ticket_restriction: 'requested' | 'assigned' | 'groups' | 'organization' | null
  only_private_comments: boolean
  restricted_agent: boolean
  suspended: boolean
  default_group_id: number | null
  report_csv: boolean
  user_fields: Record<string, unknown>
}

export interface ZendeskComment {
  id: number
  type: 'Comment' | 'VoiceComment'
  author_id: number
  body: string
  html_body: string
  plain_body: string
  public: boolean
  attachments: unknown[]
  audit_id: number
  via: Via
  created_at: string
  metadata: {
    system: Record<string, unknown>
    custom: Record<string, unknown>
  }
}

export interface MinutesPair {
  calendar: number | null
  business: number | null
}

export interface ZendeskTicketMetric {
  url: string
  id: number
  ticket_id: number
  created_at: string
  updated_at: string
  group_stations: number
  assignee_stations: number
  reopens: number
  replies: number
  assignee_updated_at: string | null
  requester_updated_at: string | null
  status_updated_at: string | null
  initially_assigned_at: string | null
  assigned_at: string | null
  solved_at: string | null
  latest_comment_added_at: string | null
  reply_time_in_minutes: MinutesPair
  first_resolution_time_in_minutes: MinutesPair
  full_resolution_time_in_minutes: MinutesPair
  agent_wait_time_in_minutes: MinutesPair
  requester_wait_time_in_minutes: MinutesPair
  on_hold_time_in_minutes: MinutesPair
  custom_status_updated_at: string | null
  generated_timestamp: number
}

export interface ZendeskSatisfactionRating {
  id: number
  url: string
  assignee_id: number | null
  group_id: number | null
  requester_id: number
  ticket_id: number
  score: CsatScore
  comment: string | null
  reason: string | null
  reason_id: number | null
  reason_code: number | null
  created_at: string
  updated_at: string
}

export interface CustomFieldOption {
  id: number
  name: string
  raw_name: string
  value: string
  default: boolean
}

export interface ZendeskTicketField {
  url: string
  id: number
  type: string
  title: string
  raw_title: string
  description: string
  raw_description: string
  position: number
  active: boolean
  required: boolean
  collapsed_for_agents: boolean
  regexp_for_validation: string | null
  title_in_portal: string
  raw_title_in_portal: string
  visible_in_portal: boolean
  editable_in_portal: boolean
  required_in_portal: boolean
  agent_can_edit: boolean
  tag: string | null
  created_at: string
  updated_at: string
  removable: boolean
  key: string | null
  agent_description: string | null
  custom_field_options?: CustomFieldOption[]
  system_field_options?: Array<{ name: string; value: string }>
  /** Set on fields an app created through its requirements. */
  creator_user_id?: number | null
  creator_app_name?: string | null
}

/** One event inside an audit, as `GET /api/v2/tickets/{id}/audits` lists them. */
export type AuditEvent =
  | {
      id: number
      type: 'Comment'
      author_id: number
      body: string
      html_body: string
      plain_body: string
      public: boolean
      attachments: unknown[]
      audit_id: number
    }
  | {
      id: number
      type: 'Change' | 'Create'
      field_name: string
      value: unknown
      previous_value?: unknown
      /** Set when a business rule made the change (a trigger's events sit in the update's own audit). */
      via?: Via
    }
  | {
      id: number
      type: 'Notification'
      via: Via
      subject: string
      body: string
      recipients: number[]
    }
  | {
      id: number
      type: 'SatisfactionRating'
      score: CsatScore
      assignee_id: number | null
      body: string
    }

export interface ZendeskAudit {
  id: number
  ticket_id: number
  created_at: string
  author_id: number
  metadata: { system: Record<string, unknown>; custom: Record<string, unknown> }
  events: AuditEvent[]
  via: Via
}
