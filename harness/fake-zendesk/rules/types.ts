import type { TicketStatus, ZendeskTicket, ZendeskTicketField } from '../types'

/**
 * Business rules (triggers, automations, views) in the shapes Zendesk's API reads and writes. Condition
 * values are kept as strings, as Zendesk returns them ("296220096", "167"); action values are a string or,
 * for notifications, an array of strings.
 */

export type RuleType = 'trigger' | 'automation' | 'view'

export interface RuleCondition {
  field: string
  operator: string
  value: string
}

export interface RuleConditions {
  all: RuleCondition[]
  any: RuleCondition[]
}

export type ActionValue = string | string[]

export interface RuleAction {
  field: string
  value: ActionValue
}

/** Which rule did something: what a firing, a notification and an audit's `via` name. */
export interface RuleRef {
  type: RuleType
  id: number
  /** The stored (raw) title, `{{dc.*}}` placeholders unrendered. */
  title: string
}

/** A rule that acts on tickets. */
export type ActingRuleRef = RuleRef & { type: 'trigger' | 'automation' }

export type SortOrder = 'asc' | 'desc'

/** A view's `output` as requirements.json and `PUT /views/{id}` send it. Custom fields are numeric ids. */
export interface ViewOutput {
  columns: Array<string | number>
  sort_by: string | null
  sort_order: SortOrder
  group_by: string | null
  group_order: SortOrder
}

/** `restriction`: null = every agent; a group (or groups) or one user otherwise. */
export type ViewRestriction = { type: 'Group'; ids: number[] } | { type: 'User'; id: number } | null

/** A trigger or automation as the fake account stores it. */
export interface StoredRule {
  type: 'trigger' | 'automation'
  id: number
  rawTitle: string
  description: string | null
  active: boolean
  position: number
  conditions: RuleConditions
  actions: RuleAction[]
  createdAt: string
  updatedAt: string
}

export interface StoredView {
  type: 'view'
  id: number
  rawTitle: string
  description: string | null
  active: boolean
  position: number
  conditions: RuleConditions
  output: ViewOutput
  restriction: ViewRestriction
  createdAt: string
  updatedAt: string
}

/** What "Hours since …" conditions read besides the ticket's own `updated_at`. */
export interface TicketTimes {
  /** When the ticket entered its current status ("Hours since solved" and its siblings). */
  statusSince: string
}

/** Everything a condition may look at. `previous` and `updateType` exist for triggers only. */
export interface ConditionContext {
  type: RuleType
  now: Date
  ticket: ZendeskTicket
  times: TicketTimes
  /** The account's ticket fields (`custom_fields_<id>` conditions). */
  fields: readonly ZendeskTicketField[]
  /** The ticket as it was before this update (trigger "changed" operators). */
  previous?: ZendeskTicket
  updateType?: 'Create' | 'Change'
  /** The user making the update (`current_user`); none for automations and views. */
  currentUserId?: number | null
}

export const STATUS_ORDER: readonly TicketStatus[] = ['new', 'open', 'pending', 'hold', 'solved', 'closed']
