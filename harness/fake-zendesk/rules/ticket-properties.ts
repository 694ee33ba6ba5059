import type { ZendeskTicket, ZendeskTicketField } from '../types'
import { STATUS_ORDER, type RuleType } from './types'

/**
 * The ticket properties a condition can test (everything but tags, time and update_type), what each reads
 * from a ticket, which operators and values it takes, and how a value matches. One table drives both the
 * install-time validation and the evaluation, so the two cannot disagree.
 */

export const EQUALITY_OPERATORS = ['is', 'is_not'] as const
export const ORDER_OPERATORS = ['less_than', 'greater_than'] as const
/** Triggers only: "changed", "not changed", "changed to" (`value`), "changed from" (`value_previous`). */
export const CHANGE_OPERATORS = ['changed', 'not_changed', 'value', 'value_previous'] as const
export const PRESENCE_OPERATORS = ['present', 'not_present'] as const

export interface TicketProperty {
  /** The ticket's value as a condition sees it ('' = none). */
  read(ticket: ZendeskTicket): string
  /** Operators beyond is/is_not (the change operators are added for triggers). */
  extraOperators: readonly string[]
  /** Accepted condition values; undefined = checked by `acceptsValue`. */
  values?: readonly string[]
  acceptsValue?(value: string): boolean
  /** For less_than / greater_than. */
  order?: readonly string[]
}

const PRIORITY_ORDER = ['low', 'normal', 'high', 'urgent'] as const
const TYPES = ['question', 'incident', 'problem', 'task'] as const

/**
 * Satisfaction as conditions see it: unoffered, offered, bad, bad_with_comment, good, good_with_comment (the
 * six choices of "Ticket: Satisfaction"). A value matches exactly: `good` is a good rating without a comment.
 * ASSUMPTION, chosen as the safe side: Zendesk's docs do not say whether "Good" also matches "Good with
 * comment" (its internal scale, which the legacy rating links show as intention=16 for good and 4 for bad,
 * suggests distinct values). A rule that must catch both should list both in `conditions.any`; such a rule
 * works on Zendesk either way, while one that relies on `good` alone could miss commented ratings there.
 */
export const SATISFACTION_VALUES = [
  'unoffered',
  'offered',
  'bad',
  'bad_with_comment',
  'good',
  'good_with_comment',
] as const

export function satisfactionValue(ticket: ZendeskTicket): string {
  const rating = ticket.satisfaction_rating
  if (!rating) return 'unoffered'
  if (rating.score === 'good' || rating.score === 'bad') {
    return rating.comment?.trim() ? `${rating.score}_with_comment` : rating.score
  }
  return rating.score
}

const idValue = (value: number | null): string => (value === null ? '' : String(value))
const isIdValue = (value: string): boolean => value === '' || /^\d+$/.test(value)
const isUserValue = (value: string): boolean => isIdValue(value) || value === 'current_user'

export const TICKET_PROPERTIES: Readonly<Record<string, TicketProperty>> = {
  status: {
    read: (ticket) => ticket.status,
    extraOperators: ORDER_OPERATORS,
    values: STATUS_ORDER,
    order: STATUS_ORDER,
  },
  priority: {
    read: (ticket) => ticket.priority ?? '',
    extraOperators: ORDER_OPERATORS,
    values: ['', ...PRIORITY_ORDER],
    order: PRIORITY_ORDER,
  },
  type: { read: (ticket) => ticket.type ?? '', extraOperators: [], values: ['', ...TYPES] },
  group_id: { read: (ticket) => idValue(ticket.group_id), extraOperators: [], acceptsValue: isIdValue },
  assignee_id: {
    read: (ticket) => idValue(ticket.assignee_id),
    extraOperators: [],
    acceptsValue: isUserValue,
  },
  requester_id: {
    read: (ticket) => idValue(ticket.requester_id),
    extraOperators: [],
    acceptsValue: isUserValue,
  },
  satisfaction_score: { read: satisfactionValue, extraOperators: [], values: SATISFACTION_VALUES },
}

const CUSTOM_FIELD = /^custom_fields_(\d+)$/

/**
 * `custom_fields_<id>` of a drop-down or checkbox: the fields that set tags, the ones Zendesk offers as
 * conditions in triggers, automations and views alike. A drop-down reads as its option's tag ('' = none,
 * with present/not_present); a checkbox as "true"/"false". Date conditions exist in Zendesk but their API
 * operators and values are undocumented for tickets, so they are not implemented.
 */
const CONDITION_FIELD_TYPES = ['tagger', 'checkbox']

export function customFieldProperty(
  field: string,
  fields: readonly ZendeskTicketField[],
): TicketProperty | undefined {
  const definition = customFieldDefinition(field, fields)
  if (!definition || !CONDITION_FIELD_TYPES.includes(definition.type)) return undefined
  const id = definition.id
  if (definition.type === 'checkbox') {
    return {
      // An unchecked checkbox is false whether it was never touched (null) or cleared.
      read: (ticket) =>
        ticket.custom_fields.find((entry) => entry.id === id)?.value === true ? 'true' : 'false',
      extraOperators: [],
      values: ['true', 'false'],
    }
  }
  return {
    read(ticket) {
      const value = ticket.custom_fields.find((entry) => entry.id === id)?.value
      return value === null || value === undefined ? '' : String(value)
    },
    extraOperators: PRESENCE_OPERATORS,
    values: ['', ...(definition.custom_field_options ?? []).map((option) => option.value)],
  }
}

/** The account's custom field a `custom_fields_<id>` key names, if any. */
export function customFieldDefinition(
  field: string,
  fields: readonly ZendeskTicketField[],
): ZendeskTicketField | undefined {
  const id = customFieldId(field)
  return fields.find((candidate) => candidate.id === id && candidate.removable)
}

export function isCustomFieldKey(field: string): boolean {
  return CUSTOM_FIELD.test(field)
}

export function customFieldId(field: string): number | undefined {
  const raw = CUSTOM_FIELD.exec(field)?.[1]
  return raw === undefined ? undefined : Number(raw)
}

/** The property a condition field names, or undefined when the engine does not implement it. */
export function propertyFor(
  field: string,
  fields: readonly ZendeskTicketField[],
): TicketProperty | undefined {
  return TICKET_PROPERTIES[field] ?? customFieldProperty(field, fields)
}

export function operatorsFor(property: TicketProperty, type: RuleType): string[] {
  return [...EQUALITY_OPERATORS, ...property.extraOperators, ...(type === 'trigger' ? CHANGE_OPERATORS : [])]
}
