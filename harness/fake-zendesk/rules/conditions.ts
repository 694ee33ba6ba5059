import { propertyFor, type TicketProperty } from './ticket-properties'
import { isTimeField, timeConditionHolds } from './time-conditions'
import type { ConditionContext, RuleCondition, RuleConditions } from './types'

/**
 * Whether a ticket meets a rule's conditions: every `all` condition and, when there are any, at least one
 * `any` condition. Conditions reaching here were validated at install (validate-conditions.ts), so an
 * unknown field or operator is a programming error, not a user error.
 */

export function tagsOf(value: string): string[] {
  return value
    .split(/\s+/)
    .map((tag) => tag.trim().toLowerCase())
    .filter(Boolean)
}

function tagConditionHolds(condition: RuleCondition, context: ConditionContext): boolean {
  const wanted = tagsOf(condition.value)
  const hasOne = wanted.some((tag) => context.ticket.tags.includes(tag))
  // includes = "contains at least one of these tags"; not_includes = "contains none of these tags".
  if (condition.operator === 'includes') return hasOne
  if (condition.operator === 'not_includes') return !hasOne
  throw new Error(`unsupported tag operator: ${condition.operator}`)
}

/** `current_user` is the updater (triggers) or the agent reading a view; nobody, in an automation. */
function expectedValue(condition: RuleCondition, context: ConditionContext): string | null {
  if (condition.value !== 'current_user') return condition.value
  return context.currentUserId === undefined || context.currentUserId === null
    ? null
    : String(context.currentUserId)
}

function compare(order: readonly string[], actual: string, expected: string, operator: string): boolean {
  const left = order.indexOf(actual)
  const right = order.indexOf(expected)
  // A ticket without a value (no priority) is neither less nor greater than anything.
  if (left < 0 || right < 0) return false
  return operator === 'less_than' ? left < right : left > right
}

/**
 * One operator on a property's value now (`actual`), before the update (`previous`) and the condition's
 * value (`expected`; null = `current_user` with nobody updating).
 */
export function operatorHolds(
  operator: string,
  values: { actual: string; previous: string; expected: string | null },
  order: readonly string[] = [],
): boolean {
  const { actual, previous, expected } = values
  switch (operator) {
    case 'is':
      return expected !== null && actual === expected
    case 'is_not':
      return expected === null || actual !== expected
    case 'less_than':
    case 'greater_than':
      return expected !== null && compare(order, actual, expected, operator)
    case 'present':
      return actual !== ''
    case 'not_present':
      return actual === ''
    case 'changed':
      return actual !== previous
    case 'not_changed':
      return actual === previous
    // "Changed to X": X now and not before; "changed from X": X before and not now.
    case 'value':
      return expected !== null && actual === expected && previous !== expected
    case 'value_previous':
      return expected !== null && previous === expected && actual !== expected
    default:
      throw new Error(`unsupported operator ${operator}`)
  }
}

function propertyConditionHolds(
  property: TicketProperty,
  condition: RuleCondition,
  context: ConditionContext,
): boolean {
  const actual = property.read(context.ticket)
  const previous = context.previous ? property.read(context.previous) : actual
  const expected = expectedValue(condition, context)
  return operatorHolds(condition.operator, { actual, previous, expected }, property.order)
}

export function conditionHolds(condition: RuleCondition, context: ConditionContext): boolean {
  if (condition.field === 'current_tags') return tagConditionHolds(condition, context)
  if (condition.field === 'update_type') return context.updateType === condition.value
  if (isTimeField(condition.field)) return timeConditionHolds(condition, context)
  const property = propertyFor(condition.field, context.fields)
  if (!property) throw new Error(`unsupported condition field: ${condition.field}`)
  return propertyConditionHolds(property, condition, context)
}

export function conditionsHold(conditions: RuleConditions, context: ConditionContext): boolean {
  return (
    conditions.all.every((condition) => conditionHolds(condition, context)) &&
    (conditions.any.length === 0 || conditions.any.some((condition) => conditionHolds(condition, context)))
  )
}
