import type { FieldChange } from './change-log'
import { validatedTicketFieldValue } from './ticket-field-values'
import type { ZendeskTicket, ZendeskTicketField } from './types'

/**
 * How custom field values and tags move together on a ticket, as in Zendesk: a dropdown's option is a tag,
 * a checkbox with a tag carries it while checked, and changing the tags changes those fields back.
 * These functions change the given ticket (a draft) and say what changed.
 */

function normaliseTag(tag: string): string {
  // Zendesk lower-cases tags and turns spaces into separate tags; we only need the common case.
  return tag.trim().toLowerCase().replace(/\s+/g, '_')
}

export function uniqueTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(normaliseTag).filter((tag) => tag.length > 0))]
}

function storeValue(ticket: ZendeskTicket, id: number, value: FieldChange['to']): void {
  for (const list of [ticket.custom_fields, ticket.fields]) {
    const slot = list.find((entry) => entry.id === id)
    if (slot) slot.value = value
    else list.push({ id, value })
  }
}

/** Sets one custom field (validated; 422 on a bad value); null when the id is not a custom field or nothing changes. */
export function setFieldValue(
  ticket: ZendeskTicket,
  fields: readonly ZendeskTicketField[],
  id: number,
  value: unknown,
): FieldChange | null {
  const field = fields.find((candidate) => candidate.id === id && candidate.removable)
  // Real Zendesk ignores ids that are not custom fields of the account.
  if (!field) return null
  const next = validatedTicketFieldValue(field, value)
  const previous = ticket.custom_fields.find((entry) => entry.id === id)?.value ?? null
  if (previous === next) return null
  storeValue(ticket, id, next)
  if (field.type === 'tagger') {
    // A dropdown's option *is* a tag: changing the option swaps the tags.
    ticket.tags = ticket.tags.filter((tag) => tag !== previous)
    if (typeof next === 'string') ticket.tags = uniqueTags([...ticket.tags, next])
  }
  if (field.type === 'checkbox' && field.tag) {
    ticket.tags = ticket.tags.filter((tag) => tag !== field.tag)
    if (next === true) ticket.tags = uniqueTags([...ticket.tags, field.tag])
  }
  return { id, title: field.title, from: previous, to: next }
}

/**
 * After the tags changed (from `tagsBefore`): a dropdown whose option's tag was just added takes that
 * option, a dropdown whose option's tag is gone is cleared, and a checkbox follows its tag (checked when
 * present, unchecked when removed). A dropdown holds one value, so when a tag for another of its options
 * arrives the previous option's tag leaves (ASSUMPTION: Zendesk's docs say the two are linked both ways, not
 * which tag wins when two options' tags are added in one write; here the last one in the tag list does).
 */
export function syncFieldsToTags(
  ticket: ZendeskTicket,
  fields: readonly ZendeskTicketField[],
  tagsBefore: readonly string[] = ticket.tags,
): FieldChange[] {
  const changes: FieldChange[] = []
  for (const field of fields.filter((candidate) => candidate.removable)) {
    const value = ticket.custom_fields.find((entry) => entry.id === field.id)?.value ?? null
    let next = value
    if (field.type === 'tagger') {
      const options = (field.custom_field_options ?? []).map((option) => option.value)
      const arrived = ticket.tags.filter((tag) => options.includes(tag) && !tagsBefore.includes(tag)).at(-1)
      if (arrived !== undefined) {
        next = arrived
        ticket.tags = ticket.tags.filter((tag) => tag === arrived || !options.includes(tag))
      } else if (typeof value === 'string' && !ticket.tags.includes(value)) {
        next = null
      }
    }
    if (field.type === 'checkbox' && field.tag) {
      const tagged = ticket.tags.includes(field.tag)
      if (tagged && value !== true) next = true
      if (!tagged && value === true) next = false
    }
    if (next === value) continue
    storeValue(ticket, field.id, next)
    changes.push({ id: field.id, title: field.title, from: value, to: next })
  }
  return changes
}
