import type { FieldChange } from './change-log'
import type { NewAuditEvent } from './ticket-history'
import { toZendeskTime } from './time'
import type { TicketPriority, TicketStatus, Via, ZendeskTicket } from './types'

/**
 * What one write changed on a ticket, in the two forms the account keeps: the change log's lists and the
 * audit's Change events. Every writer (REST updates, the tag endpoints, triggers, automations) describes its
 * change here, so the log and the audits agree whoever wrote.
 */

export interface TicketDiff {
  tagsAdded: string[]
  tagsRemoved: string[]
  customFields: FieldChange[]
  status?: { from: TicketStatus; to: TicketStatus }
  priority?: { from: TicketPriority | null; to: TicketPriority | null }
  events: NewAuditEvent[]
}

function change(fieldName: string, value: unknown, previous: unknown, via?: Via): NewAuditEvent {
  return { type: 'Change', field_name: fieldName, value, previous_value: previous, ...(via ? { via } : {}) }
}

/** `via`: set when a rule made the change (each of its events then names the rule). */
export function diffTicket(
  before: ZendeskTicket,
  after: ZendeskTicket,
  customFields: readonly FieldChange[],
  via?: Via,
): TicketDiff {
  const diff: TicketDiff = {
    tagsAdded: after.tags.filter((tag) => !before.tags.includes(tag)),
    tagsRemoved: before.tags.filter((tag) => !after.tags.includes(tag)),
    customFields: [...customFields],
    events: [],
  }
  if (diff.tagsAdded.length || diff.tagsRemoved.length) {
    diff.events.push(change('tags', after.tags, before.tags, via))
  }
  for (const field of customFields) diff.events.push(change(String(field.id), field.to, field.from, via))
  if (after.status !== before.status) {
    diff.status = { from: before.status, to: after.status }
    diff.events.push(change('status', after.status, before.status, via))
  }
  if (after.priority !== before.priority) {
    diff.priority = { from: before.priority, to: after.priority }
    diff.events.push(change('priority', after.priority, before.priority, via))
  }
  return diff
}

/** Whether the ticket's data changed (a comment alone is not a change of data). */
export function changesData(diff: TicketDiff): boolean {
  return (
    diff.tagsAdded.length > 0 ||
    diff.tagsRemoved.length > 0 ||
    diff.customFields.length > 0 ||
    diff.status !== undefined ||
    diff.priority !== undefined
  )
}

/** A new `updated_at` that always moves forward, so a safe update never races within one second. */
export function touchTicket(ticket: ZendeskTicket, now: Date): string {
  let next = toZendeskTime(now)
  if (Date.parse(next) <= Date.parse(ticket.updated_at)) {
    next = toZendeskTime(new Date(Date.parse(ticket.updated_at) + 1000))
  }
  ticket.updated_at = next
  ticket.generated_timestamp = Math.floor(Date.parse(next) / 1000)
  return next
}
