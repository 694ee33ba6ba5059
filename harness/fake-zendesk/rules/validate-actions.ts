import type { ZendeskTicketField } from '../types'
import { tagsOf } from './conditions'
import { RuleDefinitionError } from './parse-definition'
import { placeholderProblem } from './placeholders'
import { customFieldDefinition, isCustomFieldKey } from './ticket-properties'
import type { RuleAction, RuleType } from './types'

/**
 * Checks a trigger's or automation's actions against what the harness carries out. Every action the rule
 * would take must be implemented, with a value Zendesk accepts, or the rule is refused: a rule the harness
 * half-runs would tell the app's developers a story Zendesk would not.
 */

/** What the account knows besides its ticket fields: who may receive a notification. */
export interface RuleEnv {
  fields: readonly ZendeskTicketField[]
  isStaff(userId: number): boolean
  groupExists(groupId: number): boolean
}

export const TAG_ACTIONS = ['current_tags', 'remove_tags', 'set_tags'] as const
export const NOTIFICATION_ACTIONS = ['notification_user', 'notification_group'] as const

/** Triggers cannot close a ticket; only automations can. */
const STATUSES_BY_TYPE: Record<'trigger' | 'automation', readonly string[]> = {
  trigger: ['open', 'pending', 'hold', 'solved'],
  automation: ['open', 'pending', 'hold', 'solved', 'closed'],
}

const USER_RECIPIENTS = ['requester_id', 'assignee_id', 'current_user', 'all_agents']

const SUPPORTED = [
  ...TAG_ACTIONS,
  'status',
  'custom_fields_<id of a drop-down or checkbox>',
  ...NOTIFICATION_ACTIONS,
].join(', ')

function fail(part: string, message: string): never {
  throw new RuleDefinitionError(part, message)
}

function text(action: RuleAction, part: string): string {
  if (typeof action.value !== 'string') fail(part, `${action.field} takes a string value`)
  return action.value
}

function checkCustomField(action: RuleAction, part: string, fields: readonly ZendeskTicketField[]): void {
  const field = customFieldDefinition(action.field, fields)
  if (!field) fail(part, `${action.field}: the account has no custom ticket field with that id`)
  const value = text(action, part)
  if (field.type === 'tagger') {
    const options = (field.custom_field_options ?? []).map((option) => option.value)
    if (!options.includes(value)) {
      fail(part, `"${value}" is not an option of "${field.title}" (options: ${options.join(', ')})`)
    }
    return
  }
  if (field.type === 'checkbox') {
    if (value !== 'true' && value !== 'false') fail(part, `"${field.title}" is a checkbox: "true" or "false"`)
    return
  }
  fail(
    part,
    `${action.field} ("${field.title}") is a ${field.type} field: the harness sets only drop-down and ` +
      'checkbox fields from rules (Zendesk offers checkbox, drop-down, date and multi-select actions; the ' +
      'value format of date actions is undocumented)',
  )
}

function checkNotification(action: RuleAction, part: string, type: RuleType, env: RuleEnv): void {
  const value = action.value
  if (!Array.isArray(value) || value.length !== 3) {
    fail(part, `${action.field} takes [recipient, subject, body]`)
  }
  const [recipient = '', subject = '', body = ''] = value
  if (action.field === 'notification_user') {
    const known = USER_RECIPIENTS.includes(recipient)
    if (!known && !(/^\d+$/.test(recipient) && env.isStaff(Number(recipient)))) {
      fail(
        part,
        `notification_user recipient "${recipient}" is not supported (${USER_RECIPIENTS.join(', ')} or the id of an agent)`,
      )
    }
    if (recipient === 'current_user' && type === 'automation') {
      fail(part, 'current_user means nobody in an automation (no one is updating the ticket)')
    }
  } else if (recipient !== 'group_id' && !(/^\d+$/.test(recipient) && env.groupExists(Number(recipient)))) {
    fail(part, `notification_group recipient "${recipient}" must be "group_id" or the id of a group`)
  }
  if (!subject.trim()) fail(part, `${action.field} needs a subject`)
  if (!body.trim()) fail(part, `${action.field} needs a body`)
  const problem = placeholderProblem(subject, env.fields) ?? placeholderProblem(body, env.fields)
  if (problem) fail(part, problem)
}

export function validateAction(action: RuleAction, part: string, type: RuleType, env: RuleEnv): void {
  const field = action.field
  if ((TAG_ACTIONS as readonly string[]).includes(field)) {
    const value = text(action, part)
    if (field !== 'set_tags' && tagsOf(value).length === 0) fail(part, `${field} needs at least one tag`)
    return
  }
  if (field === 'status') {
    const allowed = type === 'view' ? [] : STATUSES_BY_TYPE[type]
    if (!allowed.includes(text(action, part))) {
      fail(
        part,
        `${type === 'automation' ? 'an' : 'a'} ${type} can set status to ${allowed.join(', ')}, not "${String(action.value)}"`,
      )
    }
    return
  }
  if (isCustomFieldKey(field)) return checkCustomField(action, part, env.fields)
  if ((NOTIFICATION_ACTIONS as readonly string[]).includes(field)) {
    return checkNotification(action, part, type, env)
  }
  fail(part, `action "${field}" is not supported by the harness (supported: ${SUPPORTED})`)
}

export function validateActions(actions: readonly RuleAction[], type: RuleType, env: RuleEnv): void {
  if (actions.length === 0)
    fail('actions', `${type === 'automation' ? 'an' : 'a'} ${type} must contain at least one action`)
  actions.forEach((action, index) => validateAction(action, `actions[${index}]`, type, env))
}
