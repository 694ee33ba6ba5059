import type { EmbeddedSatisfactionRating, ZendeskTicket } from '../fake-zendesk/types'

/**
 * The fake account's business rules as the host page sees them (`/__harness/clock`, `/rating`, `/views`,
 * `/notifications`, and the rule firings in `/changes`). The server owns these shapes; they are typed
 * here by the fields the page reads.
 */

export interface ClockNow {
  now: string
}

/** One hourly automation run that changed tickets while the clock moved. */
export interface AutomationRun {
  at: string
  automationId: string | number
  title: string
  ticketIds: number[]
}

export interface ClockAdvance {
  now: string
  runs: AutomationRun[]
}

export interface ClockStep {
  hours?: number
  days?: number
}

export type CustomerScore = 'good' | 'bad'

export interface RatingAnswer {
  rating: EmbeddedSatisfactionRating | Record<string, unknown>
  ticket: ZendeskTicket
}

export interface ViewColumn {
  id: string
  title: string
}

export interface ViewRow {
  ticketId: number
  subject: string
  status: string
  requester: string
  assignee: string
  values: Record<string, string>
}

export interface ViewSummary {
  id: string | number
  /** The title as the signed-in agent reads it (dynamic content rendered). */
  title: string
  rawTitle: string
  count: number
  columns: ViewColumn[]
  rows: ViewRow[]
}

export interface ViewsAnswer {
  views: ViewSummary[]
}

export interface RuleRef {
  type: 'trigger' | 'automation'
  id: string | number
  title: string
}

export interface Recipient {
  id: number
  name: string
  email: string
}

export interface SentNotification {
  at: string
  ticketId: number
  rule: RuleRef
  to: Recipient[]
  subject: string
  body: string
}

export interface NotificationsAnswer {
  notifications: SentNotification[]
}

/** A field a rule set: the server may name it by id and title, or by key only. */
export interface RuleFieldChange {
  id?: number | string
  title?: string
  from?: unknown
  to?: unknown
  value?: unknown
}

/** What one trigger or automation did to the ticket. */
export interface RuleFiring {
  at: string
  type: 'trigger' | 'automation'
  id: string | number
  title: string
  tagsAdded: string[]
  tagsRemoved: string[]
  fields?: RuleFieldChange[] | Record<string, unknown> | null
  status?: { from?: string | null; to?: string | null } | string | null
}

/**
 * A part of the rules back end as the page last loaded it: its answer, "not available" (the server has no
 * such endpoint: 404), or the error that stopped it.
 */
export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'loaded'; value: T }
  | { state: 'unavailable'; message: string }
  | { state: 'failed'; message: string }
