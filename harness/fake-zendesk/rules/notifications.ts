import { DEFAULT_LOCALE_ID, localeIdFor } from '../locales'
import { API_BASE } from '../records'
import { toZendeskTime } from '../time'
import type { ZendeskTicket, ZendeskUser } from '../types'
import type { CsatMode } from './csat-links'
import { renderPlaceholders } from './placeholders'
import type { PendingNotification, RuleHost } from './rule-host'
import type { ActingRuleRef } from './types'

/**
 * The emails the account's rules send, as the harness records them instead of sending: who they went to,
 * and the subject and body with the placeholders filled in for the ticket as it stands once the update
 * (and its trigger cycle) is over, in each recipient's language (dynamic content).
 */

export interface Recipient {
  id: number
  name: string
  email: string
}

export interface SentNotification {
  at: string
  ticketId: number
  rule: ActingRuleRef
  to: Recipient[]
  subject: string
  body: string
}

/** Where the fake account lives ({{ticket.link}}, the survey links). */
export const ACCOUNT_URL = API_BASE.replace(/\/api\/v2$/, '')

export interface NotificationContext {
  host: RuleHost
  csatMode: CsatMode
  dynamicContent(key: string, localeId: number): string | undefined
}

function unique(users: Array<ZendeskUser | undefined>): ZendeskUser[] {
  const seen = new Set<number>()
  return users.filter((user): user is ZendeskUser => {
    if (!user || !user.active || !user.email || seen.has(user.id)) return false
    seen.add(user.id)
    return true
  })
}

/** Who a notification action reaches on this ticket (nobody, when the ticket has no such person or group). */
export function recipientsOf(
  pending: PendingNotification,
  ticket: ZendeskTicket,
  host: RuleHost,
): ZendeskUser[] {
  const { field, recipient } = pending.action
  const user = (id: number | null) => (id === null ? undefined : host.findUser(id))
  if (field === 'notification_group') {
    const groupId = recipient === 'group_id' ? ticket.group_id : Number(recipient)
    if (groupId === null) return []
    return unique(host.groups.membersOf(groupId).map((id) => user(id)))
  }
  switch (recipient) {
    case 'requester_id':
      return unique([user(ticket.requester_id)])
    case 'assignee_id':
      return unique([user(ticket.assignee_id)])
    case 'current_user':
      return unique([user(pending.currentUserId)])
    case 'all_agents':
      return unique(host.listUsers().filter((candidate) => candidate.role !== 'end-user'))
    default:
      return unique([user(Number(recipient))])
  }
}

function nameOf(host: RuleHost, userId: number | null): string {
  return userId === null ? '' : (host.findUser(userId)?.name ?? '')
}

/**
 * Renders one pending notification for its recipients, in each one's language (dynamic content); those who
 * read the same text share one entry.
 */
export function renderNotification(
  pending: PendingNotification,
  context: NotificationContext,
): SentNotification[] {
  const { host } = context
  const ticket = host.findTicket(pending.ticketId)
  if (!ticket) return []
  const at = toZendeskTime(host.now())
  const render = (localeId: number) => {
    const values = {
      ticket,
      requesterName: nameOf(host, ticket.requester_id),
      assigneeName: nameOf(host, ticket.assignee_id),
      groupName: host.groups.list().find((group) => group.id === ticket.group_id)?.name ?? '',
      accountUrl: ACCOUNT_URL,
      csatMode: context.csatMode,
      dynamicContent: (key: string) => context.dynamicContent(key, localeId),
    }
    return {
      subject: renderPlaceholders(pending.action.subject, values),
      body: renderPlaceholders(pending.action.body, values),
    }
  }
  const recipients = recipientsOf(pending, ticket, host)
  // Nobody to send to is recorded too (to: []), rendered in the account's default language.
  if (!recipients.length)
    return [{ at, ticketId: ticket.id, rule: pending.rule, to: [], ...render(DEFAULT_LOCALE_ID) }]
  const sent: SentNotification[] = []
  for (const user of recipients) {
    const text = render(localeIdFor(user.locale))
    const same = sent.find((entry) => entry.subject === text.subject && entry.body === text.body)
    const recipient = { id: user.id, name: user.name, email: user.email }
    if (same) same.to.push(recipient)
    else sent.push({ at, ticketId: ticket.id, rule: pending.rule, to: [recipient], ...text })
  }
  return sent
}

/** Every notification the rules sent, oldest first. */
export class NotificationLog {
  private readonly sent: SentNotification[] = []

  record(notification: SentNotification): void {
    this.sent.push(notification)
  }

  list(ticketId?: number): SentNotification[] {
    return structuredClone(this.sent.filter((entry) => ticketId === undefined || entry.ticketId === ticketId))
  }
}
