/**
 * The helpdesk-agnostic picture of one ticket that every core module works on.
 * Adapters (Zendesk, Freshdesk, the CLI's JSON Lines reader) build it; the core never sees API shapes.
 * Documented field by field in docs/ticket-snapshot.md — keep the two in step.
 *
 * Conventions: dates are ISO-8601 UTC strings; text is plain (HTML already stripped by the adapter);
 * optional fields are `undefined` when the helpdesk could not tell, `null` when it said "none".
 */

export type Channel =
  'email' | 'web' | 'chat' | 'twitter' | 'facebook' | 'phone' | 'api' | 'messaging' | 'other'

export type TicketStatus = 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed'

export type Priority = 'low' | 'normal' | 'high' | 'urgent'

export type CommentAuthor = 'customer' | 'agent' | 'system'

export interface SnapshotComment {
  /** Helpdesk id when known, used to point evidence at a comment. */
  id?: string
  author: CommentAuthor
  /** Plain text: never HTML. */
  body: string
  createdAt: string
  /** false for internal notes; undefined when the source does not say (CLI input: treated as public). */
  public?: boolean
}

export type CsatScore = 'good' | 'bad' | 'offered' | 'unoffered'

export interface CsatRating {
  score: CsatScore
  comment?: string | null
  /** The satisfaction reason the customer picked, when reasons are enabled. */
  reason?: string | null
  createdAt?: string
  updatedAt?: string
  /** Set when the rating moved from good to bad (the helpdesk or an audit told us). */
  previousScore?: CsatScore | null
}

export interface Person {
  id: string
  name: string
  email?: string | null
  locale?: string | null
}

/** Minutes, as the helpdesk measured them; calendar time unless the field says otherwise. */
export interface TicketMetrics {
  reopens?: number
  replies?: number
  firstReplyMinutes?: number | null
  firstResolutionMinutes?: number | null
  fullResolutionMinutes?: number | null
  requesterWaitMinutes?: number | null
  agentWaitMinutes?: number | null
  onHoldMinutes?: number | null
  groupStations?: number
  assigneeStations?: number
}

/** One of the requester's other tickets, newest first in `TicketSnapshot.history`. */
export interface EarlierTicket {
  id: string
  subject: string
  status: TicketStatus
  createdAt: string
  updatedAt?: string
  csat: CsatRating | null
}

/** The helpdesk's own sentiment prediction (Zendesk intelligent triage, Freshdesk sentiment score). */
export type NativeSentiment = 'very_negative' | 'negative' | 'neutral' | 'positive' | 'very_positive'

export interface TicketSnapshot {
  id: string
  /** BCP-47-ish language of the customer (the requester's locale, else the ticket's), e.g. "ja", "nb", "pt-BR". */
  locale: string
  channel: Channel
  subject: string
  status: TicketStatus
  createdAt: string
  updatedAt?: string
  tags: string[]
  /** Oldest first. */
  comments: SnapshotComment[]
  csat: CsatRating | null
  priority?: Priority | null
  requester?: Person
  assignee?: Person | null
  metrics?: TicketMetrics | null
  /** The requester's other tickets (this one excluded), newest first. */
  history?: EarlierTicket[]
  nativeSentiment?: NativeSentiment | null
  /** Which helpdesk produced the snapshot; informational only — the core must not branch on it. */
  source?: 'zendesk' | 'freshdesk' | 'file'
}
