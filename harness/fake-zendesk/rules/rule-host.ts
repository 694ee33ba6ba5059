import type { GroupDirectory } from '../groups'
import type { NewAuditEvent } from '../ticket-history'
import type { ZendeskTicket, ZendeskTicketField, ZendeskUser } from '../types'
import type { NotificationAction } from './apply-actions'
import type { ActingRuleRef, RuleAction, TicketTimes } from './types'

/** What the rules engine needs from the account (the store implements it). */
export interface RuleHost {
  now(): Date
  ticketFields(): readonly ZendeskTicketField[]
  findTicket(ticketId: number): ZendeskTicket | undefined
  listTickets(): ZendeskTicket[]
  ticketTimes(ticketId: number): TicketTimes
  findUser(userId: number): ZendeskUser | undefined
  listUsers(): ZendeskUser[]
  readonly groups: GroupDirectory
  /**
   * Carries out a rule's actions on a ticket as one write by the rule. A trigger's changes join the audit
   * of the update that set the cycle off (`auditId`); an automation's (`auditId` null) get an audit of their
   * own. The change log records the firing either way.
   */
  applyRule(
    ticketId: number,
    rule: ActingRuleRef,
    actions: readonly RuleAction[],
    auditId: number | null,
  ): RuleWrite
  appendAuditEvents(ticketId: number, auditId: number, events: NewAuditEvent[]): void
}

export interface RuleWrite {
  /** Whether the ticket's data changed (tags, fields, status): a trigger cycle then starts over. */
  changed: boolean
  auditId: number
  notifications: NotificationAction[]
}

/** The update a trigger cycle runs after. */
export interface UpdateStart {
  ticketId: number
  /** The ticket before the update: "changed", "changed to" and "changed from" compare with it. */
  before: ZendeskTicket
  auditId: number
  /** Who made the update (`current_user`); null for an automation's update. */
  currentUserId: number | null
  updateType: 'Create' | 'Change'
}

/** A notification a rule asked for, sent once its update is over. */
export interface PendingNotification {
  ticketId: number
  auditId: number
  rule: ActingRuleRef
  action: NotificationAction
  currentUserId: number | null
}
