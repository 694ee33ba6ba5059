import type { ZendeskTicketField } from '../types'
import { operatorHolds, tagsOf } from './conditions'
import {
  customFieldDefinition,
  customFieldId,
  isCustomFieldKey,
  TICKET_PROPERTIES,
} from './ticket-properties'
import { isTimeField } from './time-conditions'
import type { RuleAction, RuleCondition, RuleConditions } from './types'

/**
 * Zendesk: "An automation must contain a condition that is true only once or an action that nullifies at
 * least one of the conditions". Automations run every hour on every matching ticket, so one that does not
 * nullify fires again each hour. This decides it from the rule alone: an `is` time condition ("hours since …
 * is N") holds at one hourly run only; otherwise some `all` condition must be certainly false once the
 * actions are done (a required tag removed, a forbidden tag added, the status or a field moved off the
 * value the condition wants — drop-downs and checkboxes follow their tags, as on a ticket).
 */

/** What the actions leave on any ticket they run on. */
interface Effects {
  present: Set<string>
  absent: Set<string>
  /** set_tags: every tag not listed (and not added later) is gone. */
  onlyTags: Set<string> | null
  status: string | null
  /** Field id → its value afterwards as conditions read it ('' = empty; "true"/"false" for checkboxes). */
  fieldValues: Map<number, string>
}

function isAbsent(effects: Effects, tag: string): boolean {
  if (effects.present.has(tag)) return false
  return effects.absent.has(tag) || (effects.onlyTags !== null && !effects.onlyTags.has(tag))
}

function addTag(effects: Effects, tag: string, fields: readonly ZendeskTicketField[]): void {
  effects.present.add(tag)
  effects.absent.delete(tag)
  for (const field of fields.filter((candidate) => candidate.removable)) {
    const options = (field.custom_field_options ?? []).map((option) => option.value)
    if (field.type === 'tagger' && options.includes(tag)) {
      effects.fieldValues.set(field.id, tag)
      for (const other of options.filter((option) => option !== tag)) removeTag(effects, other, [])
    }
    if (field.type === 'checkbox' && field.tag === tag) effects.fieldValues.set(field.id, 'true')
  }
}

function removeTag(effects: Effects, tag: string, fields: readonly ZendeskTicketField[]): void {
  effects.absent.add(tag)
  effects.present.delete(tag)
  for (const field of fields.filter((candidate) => candidate.removable)) {
    if (field.type === 'tagger' && effects.fieldValues.get(field.id) === tag)
      effects.fieldValues.set(field.id, '')
    if (field.type === 'checkbox' && field.tag === tag) effects.fieldValues.set(field.id, 'false')
  }
}

function effectsOf(actions: readonly RuleAction[], fields: readonly ZendeskTicketField[]): Effects {
  const effects: Effects = {
    present: new Set(),
    absent: new Set(),
    onlyTags: null,
    status: null,
    fieldValues: new Map(),
  }
  for (const action of actions) {
    const value = typeof action.value === 'string' ? action.value : ''
    if (action.field === 'current_tags') tagsOf(value).forEach((tag) => addTag(effects, tag, fields))
    if (action.field === 'remove_tags') tagsOf(value).forEach((tag) => removeTag(effects, tag, fields))
    if (action.field === 'set_tags') {
      effects.onlyTags = new Set(tagsOf(value))
      effects.present.clear()
      effects.absent.clear()
      for (const field of fields.filter((candidate) => candidate.removable)) {
        if (field.type === 'tagger' || field.type === 'checkbox')
          effects.fieldValues.set(field.id, field.type === 'checkbox' ? 'false' : '')
      }
      tagsOf(value).forEach((tag) => addTag(effects, tag, fields))
    }
    if (action.field === 'status') effects.status = value
    if (isCustomFieldKey(action.field)) {
      const field = customFieldDefinition(action.field, fields)
      if (field?.type === 'tagger') addTag(effects, value, fields)
      if (field?.type === 'checkbox' && field.tag) {
        if (value === 'true') addTag(effects, field.tag, fields)
        else removeTag(effects, field.tag, fields)
      }
      if (field) effects.fieldValues.set(field.id, value)
    }
  }
  return effects
}

function falsified(
  condition: RuleCondition,
  effects: Effects,
  fields: readonly ZendeskTicketField[],
): boolean {
  const { field, operator, value } = condition
  if (field === 'current_tags') {
    const tags = tagsOf(value)
    if (operator === 'includes') return tags.every((tag) => isAbsent(effects, tag))
    return tags.some((tag) => effects.present.has(tag))
  }
  if (field === 'status' && effects.status !== null) {
    const order = TICKET_PROPERTIES.status?.order
    const after = effects.status
    return !operatorHolds(operator, { actual: after, previous: after, expected: value }, order)
  }
  if (isCustomFieldKey(field)) {
    const id = customFieldId(field) ?? NaN
    const after = effects.fieldValues.get(id)
    if (after !== undefined)
      return !operatorHolds(operator, { actual: after, previous: after, expected: value })
    // The field's own option tag removed: a drop-down that had that option is cleared.
    return (
      operator === 'is' && isAbsent(effects, value) && customFieldDefinition(field, fields)?.type === 'tagger'
    )
  }
  return false
}

export function automationNullifies(
  conditions: RuleConditions,
  actions: readonly RuleAction[],
  fields: readonly ZendeskTicketField[],
): boolean {
  if (conditions.all.some((condition) => isTimeField(condition.field) && condition.operator === 'is'))
    return true
  const effects = effectsOf(actions, fields)
  return conditions.all.some((condition) => falsified(condition, effects, fields))
}
