import type { ZendeskTicketField } from '../types'
import { tagsOf } from './conditions'
import { RuleDefinitionError } from './parse-definition'
import {
  CHANGE_OPERATORS,
  PRESENCE_OPERATORS,
  TICKET_PROPERTIES,
  customFieldDefinition,
  isCustomFieldKey,
  operatorsFor,
  propertyFor,
} from './ticket-properties'
import { TIME_FIELDS, TIME_OPERATORS, isTimeField, isWholeHours } from './time-conditions'
import type { RuleCondition, RuleConditions, RuleType } from './types'

/**
 * Checks every condition against what the engine implements, for the rule type and the array it is in.
 * Anything else fails with the condition's place, so a rule is never half-evaluated.
 */

const TAG_OPERATORS = ['includes', 'not_includes']
const UPDATE_TYPES = ['Create', 'Change']
/** Operators that take no value. */
const VALUELESS = new Set<string>([...PRESENCE_OPERATORS, 'changed', 'not_changed'])

const SUPPORTED_FIELDS = [
  'current_tags',
  'update_type (triggers)',
  ...Object.keys(TICKET_PROPERTIES),
  'custom_fields_<id of a drop-down or checkbox>',
  ...TIME_FIELDS.map((field) => `${field} (automations and views)`),
].join(', ')

function fail(part: string, message: string): never {
  throw new RuleDefinitionError(part, message)
}

function checkOperator(part: string, condition: RuleCondition, allowed: readonly string[]): void {
  if (!allowed.includes(condition.operator)) {
    fail(
      part,
      `operator "${condition.operator}" is not supported on ${condition.field} (supported: ${allowed.join(', ')})`,
    )
  }
}

function checkTimeCondition(
  part: string,
  condition: RuleCondition,
  type: RuleType,
  list: 'all' | 'any',
): void {
  if (type === 'trigger') {
    fail(part, `time-based condition ${condition.field} is for automations and views, not triggers`)
  }
  // "Time-based conditions can only be used in all arrays, not in any arrays".
  if (list === 'any') fail(part, `time-based condition ${condition.field} can only be used in "all"`)
  checkOperator(part, condition, TIME_OPERATORS)
  if (!isWholeHours(condition.value)) fail(part, `"${condition.value}" is not a whole number of hours`)
}

function unsupportedField(part: string, field: string, fields: readonly ZendeskTicketField[]): never {
  const custom = isCustomFieldKey(field) ? customFieldDefinition(field, fields) : undefined
  if (isCustomFieldKey(field) && !custom)
    fail(part, `${field}: the account has no custom ticket field with that id`)
  if (custom) {
    fail(
      part,
      `${field} ("${custom.title}") is a ${custom.type} field: only drop-down and checkbox fields can be ` +
        'conditions in the harness (Zendesk offers no text or number conditions; date ones are not implemented)',
    )
  }
  return fail(
    part,
    `condition field "${field}" is not supported by the harness (supported: ${SUPPORTED_FIELDS})`,
  )
}

export function validateCondition(
  condition: RuleCondition,
  part: string,
  type: RuleType,
  list: 'all' | 'any',
  fields: readonly ZendeskTicketField[],
): void {
  const { field, value } = condition
  if (field === 'current_tags') {
    checkOperator(part, condition, TAG_OPERATORS)
    if (tagsOf(value).length === 0) fail(part, 'current_tags needs at least one tag')
    return
  }
  if (field === 'update_type') {
    if (type !== 'trigger') fail(part, 'update_type is a trigger condition')
    if (condition.operator !== '' && condition.operator !== 'is') {
      fail(part, 'update_type takes no operator (or "is")')
    }
    if (!UPDATE_TYPES.includes(value)) fail(part, `update_type must be Create or Change, not "${value}"`)
    return
  }
  if (isTimeField(field)) return checkTimeCondition(part, condition, type, list)
  const property = propertyFor(field, fields)
  if (!property) unsupportedField(part, field, fields)
  checkOperator(part, condition, operatorsFor(property, type))
  if (VALUELESS.has(condition.operator)) return
  const accepted = property.values
    ? property.values.includes(value)
    : (property.acceptsValue?.(value) ?? true)
  if (!accepted) {
    const choices = property.values ? ` (one of: ${property.values.map((v) => v || '""').join(', ')})` : ''
    fail(part, `"${value}" is not a valid value for ${field}${choices}`)
  }
  const changeOperator = (CHANGE_OPERATORS as readonly string[]).includes(condition.operator)
  if (changeOperator && value === 'current_user') {
    fail(part, 'current_user cannot be used with change operators')
  }
  if (value === 'current_user' && type === 'automation') {
    fail(part, 'current_user means nobody in an automation (no one is updating the ticket)')
  }
}

export function validateConditions(
  conditions: RuleConditions,
  type: RuleType,
  fields: readonly ZendeskTicketField[],
  prefix: 'conditions' | 'legacy',
): void {
  const name = (list: 'all' | 'any', index: number) =>
    prefix === 'conditions' ? `conditions.${list}[${index}]` : `${list}[${index}]`
  conditions.all.forEach((condition, index) =>
    validateCondition(condition, name('all', index), type, 'all', fields),
  )
  conditions.any.forEach((condition, index) =>
    validateCondition(condition, name('any', index), type, 'any', fields),
  )
}
