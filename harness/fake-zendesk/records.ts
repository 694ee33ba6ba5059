import { localeIdFor } from './locales'
import type { SeedComment, SeedRating, SeedTicket, SeedUser } from './seed-types'
import { PRODUCT_AREA_FIELD_ID } from './ticket-fields'
import { minutesBefore, toZendeskTime } from './time'
import type {
  EmbeddedSatisfactionRating,
  Via,
  ViaChannel,
  ZendeskComment,
  ZendeskSatisfactionRating,
  ZendeskTicket,
  ZendeskUser,
} from './types'

/** Builders that expand compact seed entries into complete Zendesk records (every key a real one has). */

export const API_BASE = 'https://harness.zendesk.com/api/v2'

const SUPPORT_ADDRESS = 'support@fernly.example'

export function buildUser(seed: SeedUser, id: number, now: Date): ZendeskUser {
  const created = toZendeskTime(minutesBefore(now, seed.createdDaysAgo * 24 * 60))
  const isStaff = seed.role !== 'end-user'
  return {
    id,
    url: `${API_BASE}/users/${id}.json`,
    name: seed.name,
    email: seed.email,
    created_at: created,
    updated_at: created,
    time_zone: seed.timeZone,
    iana_time_zone: seed.timeZone,
    phone: null,
    shared_phone_number: null,
    photo: null,
    locale_id: localeIdFor(seed.locale),
    locale: seed.locale,
    organization_id: seed.organizationId ?? null,
    role: seed.role,
    verified: true,
    external_id: null,
    tags: seed.tags ?? [],
    alias: '',
    active: true,
    shared: false,
    shared_agent: false,
    last_login_at: isStaff ? toZendeskTime(minutesBefore(now, 30)) : null,
    two_factor_auth_enabled: isStaff ? true : null,
    signature: isStaff ? `${seed.name}\nFernly Support` : null,
    details: '',
    notes: seed.notes ?? '',
    role_type: seed.role === 'agent' ? 0 : null,
    custom_role_id: null,
    moderator: isStaff,
    ticket_restriction: isStaff ? null : 'requested',
    only_private_comments: false,
    restricted_agent: !isStaff,
    suspended: false,
    default_group_id: isStaff ? 360_000_777_001 : null,
    report_csv: isStaff,
    user_fields: {},
  }
}

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

/** Zendesk's rendering of a plain-text comment: paragraphs in a `zd-comment` div, single newlines as <br>. */
export function plainTextToCommentHtml(text: string): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((paragraph) => `<p dir="auto">${escapeHtml(paragraph).replaceAll('\n', '<br>')}</p>`)
  return `<div class="zd-comment" dir="auto">${paragraphs.join('')}</div>`
}

/** What Zendesk stores as `body` when a comment is created from `html_body`. */
export function commentHtmlToPlainText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replaceAll('&nbsp;', ' ')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&')
    .trim()
}

export function buildVia(channel: ViaChannel, author?: ZendeskUser): Via {
  if (channel === 'email' && author) {
    return {
      channel,
      source: {
        from: { address: author.email, name: author.name },
        to: { address: SUPPORT_ADDRESS, name: 'Fernly Support' },
        rel: null,
      },
    }
  }
  return { channel, source: { from: {}, to: {}, rel: null } }
}

export interface CommentInput {
  id: number
  auditId: number
  author: ZendeskUser
  body: string
  htmlBody?: string
  isPublic: boolean
  createdAt: string
  channel: ViaChannel
}

export function buildComment(input: CommentInput): ZendeskComment {
  const html = input.htmlBody ?? plainTextToCommentHtml(input.body)
  const isStaff = input.author.role !== 'end-user'
  return {
    id: input.id,
    type: 'Comment',
    author_id: input.author.id,
    body: input.body,
    html_body: html,
    plain_body: input.body,
    public: input.isPublic,
    attachments: [],
    audit_id: input.auditId,
    // Agents answer from the agent workspace (via web); customers write through the ticket's channel.
    via: isStaff && input.channel !== 'api' ? buildVia('web') : buildVia(input.channel, input.author),
    created_at: input.createdAt,
    metadata: {
      system: isStaff
        ? {
            client: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko)',
            ip_address: '203.0.113.24',
            location: 'Harness, Local',
            latitude: 0,
            longitude: 0,
          }
        : {
            message_id: `<${input.id}@mail.example>`,
            email_id: `01H${input.id}`,
            raw_email_identifier: `${input.id}/raw.eml`,
          },
      custom: {},
    },
  }
}

export function seedCommentTime(now: Date, comment: SeedComment): string {
  return toZendeskTime(minutesBefore(now, comment.minutesAgo))
}

/** Zendesk's satisfaction reason codes (the reason list an account enables). */
const REASON_CODES: Record<string, number> = {
  'No reason provided': 0,
  'The issue took too long to resolve': 5,
  'The issue was not resolved': 6,
  "The agent's knowledge is unsatisfactory": 7,
  "The agent's attitude is unsatisfactory": 8,
  'Some other reason': 100,
}

export function buildRating(
  seed: SeedRating,
  ratingId: number,
  ticket: ZendeskTicket,
  now: Date,
): ZendeskSatisfactionRating {
  const at = toZendeskTime(minutesBefore(now, seed.minutesAgo ?? 0))
  const reasonCode = seed.reason ? (REASON_CODES[seed.reason] ?? 100) : null
  return {
    id: ratingId,
    url: `${API_BASE}/satisfaction_ratings/${ratingId}.json`,
    assignee_id: ticket.assignee_id,
    group_id: ticket.group_id,
    requester_id: ticket.requester_id,
    ticket_id: ticket.id,
    score: seed.score,
    comment: seed.comment ?? null,
    reason: seed.reason ?? (seed.score === 'bad' ? 'No reason provided' : null),
    reason_id: reasonCode === null ? null : 360_000_900_000 + reasonCode,
    reason_code: reasonCode ?? (seed.score === 'bad' ? 0 : null),
    created_at: at,
    updated_at: at,
  }
}

/** The compact rating a ticket object embeds. */
export function embedRating(rating: ZendeskSatisfactionRating | undefined): EmbeddedSatisfactionRating {
  if (!rating) return { score: 'unoffered' }
  if (rating.score === 'offered' || rating.score === 'unoffered') {
    return { score: rating.score, id: rating.id, comment: null }
  }
  return {
    score: rating.score,
    id: rating.id,
    comment: rating.comment,
    reason: rating.reason,
    reason_id: rating.reason_id,
  }
}

export interface TicketPeople {
  requester: ZendeskUser
  assignee: ZendeskUser | null
}

export function buildTicket(
  seed: SeedTicket,
  people: TicketPeople,
  createdAt: string,
  updatedAt: string,
  /** Every custom ticket field of the account (its own and the app's installed ones). */
  customFieldIds: readonly number[],
): ZendeskTicket {
  const first = seed.comments[0]
  const customFields = customFieldIds.map((id) => ({
    id,
    value: id === PRODUCT_AREA_FIELD_ID ? (seed.productArea ?? null) : null,
  }))
  return {
    url: `${API_BASE}/tickets/${seed.id}.json`,
    id: seed.id,
    external_id: null,
    via: buildVia(seed.channel, people.requester),
    created_at: createdAt,
    updated_at: updatedAt,
    generated_timestamp: Math.floor(Date.parse(updatedAt) / 1000),
    type: seed.type,
    subject: seed.subject,
    raw_subject: seed.subject,
    description: first?.body ?? '',
    priority: seed.priority,
    status: seed.status,
    recipient: seed.channel === 'email' ? SUPPORT_ADDRESS : null,
    requester_id: people.requester.id,
    submitter_id: people.requester.id,
    assignee_id: people.assignee?.id ?? null,
    organization_id: people.requester.organization_id,
    group_id: people.assignee ? 360_000_777_001 : null,
    collaborator_ids: [],
    follower_ids: [],
    email_cc_ids: [],
    forum_topic_id: null,
    problem_id: null,
    has_incidents: false,
    is_public: true,
    due_at: null,
    tags: [...seed.tags, ...(seed.productArea ? [seed.productArea] : [])],
    custom_fields: customFields,
    satisfaction_rating: null,
    sharing_agreement_ids: [],
    custom_status_id:
      360_000_100_000 + ['new', 'open', 'pending', 'hold', 'solved', 'closed'].indexOf(seed.status),
    fields: customFields.map((field) => ({ ...field })),
    followup_ids: [],
    ticket_form_id: 360_000_200_001,
    brand_id: 360_000_300_001,
    allow_channelback: false,
    allow_attachments: true,
    from_messaging_channel: false,
    encoded_id: `F${seed.id.toString(36).toUpperCase()}-K${(seed.id * 7).toString(36).toUpperCase()}`,
  }
}
