import { automationNullifies } from './nullifying'
import {
  isRecord,
  parseActions,
  parseConditions,
  parseDescription,
  parseOptionalBoolean,
  parseOutput,
  parsePosition,
  parseRestriction,
  parseTitle,
  refuseUnknownKeys,
  RuleDefinitionError,
} from './parse-definition'
import { placeholderProblem } from './placeholders'
import { isTimeField } from './time-conditions'
import type { RuleAction, RuleConditions, ViewOutput, ViewRestriction } from './types'
import { validateActions, type RuleEnv } from './validate-actions'
import { validateConditions } from './validate-conditions'
import { validateOutput } from './view-columns'

/**
 * A trigger, automation or view definition (a requirements.json entry, or the body of a PUT) read,
 * checked against what the harness implements and against the rules Zendesk states for each kind, and
 * merged over the stored rule on an update. Every problem is a RuleDefinitionError naming the part.
 */

export interface ActingRuleDefinition {
  rawTitle: string
  description: string | null
  active: boolean
  /** Undefined on a new rule without one: it goes last, as in Zendesk. */
  position: number | undefined
  conditions: RuleConditions
  actions: RuleAction[]
}

export interface ViewDefinition {
  rawTitle: string
  description: string | null
  active: boolean
  position: number | undefined
  conditions: RuleConditions
  output: ViewOutput
  restriction: ViewRestriction
}

/** Read-only keys a client may send back from a GET; Zendesk ignores them on write. */
const READ_ONLY = ['id', 'url', 'created_at', 'updated_at', 'raw_title', 'default', 'execution']
const CONDITION_KEYS = ['conditions', 'all', 'any']
const COMMON_KEYS = ['title', 'description', 'active', 'position', ...CONDITION_KEYS, ...READ_ONLY]
const KEYS = {
  trigger: [...COMMON_KEYS, 'actions'],
  automation: [...COMMON_KEYS, 'actions'],
  view: [...COMMON_KEYS, 'output', 'restriction'],
}

/** "At least one condition that checks one of the following fields" (views and automations). */
const ANCHOR_FIELDS = ['status', 'type', 'group_id', 'assignee_id', 'requester_id']

const DEFAULT_OUTPUT: ViewOutput = {
  columns: ['status', 'description', 'requester', 'updated', 'assignee'],
  sort_by: null,
  sort_order: 'asc',
  group_by: null,
  group_order: 'asc',
}

function specRecord(spec: unknown): Record<string, unknown> {
  if (!isRecord(spec)) throw new RuleDefinitionError('definition', 'must be a JSON object')
  return spec
}

function titleOf(spec: Record<string, unknown>, base: string | undefined): string {
  const title = parseTitle(spec.title) ?? base
  if (title === undefined) throw new RuleDefinitionError('title', 'is required')
  // Titles take dynamic content ({{dc.*}}) only: they are rendered for the agent, not for a ticket.
  const problem = placeholderProblem(title, [], 'dynamic_content_only')
  if (problem) throw new RuleDefinitionError('title', problem)
  return title
}

function descriptionOf(spec: Record<string, unknown>, base: string | null | undefined): string | null {
  // An explicit null clears the description; leaving the key out keeps it.
  return spec.description === undefined ? (base ?? null) : (parseDescription(spec.description) ?? null)
}

/** Title, description, active and position: what every kind has; on an update, what is left out stays. */
function commonOf(
  spec: Record<string, unknown>,
  base: Pick<ActingRuleDefinition, 'rawTitle' | 'description' | 'active' | 'position'> | undefined,
): Pick<ActingRuleDefinition, 'rawTitle' | 'description' | 'active' | 'position'> {
  return {
    rawTitle: titleOf(spec, base?.rawTitle),
    description: descriptionOf(spec, base?.description),
    active: parseOptionalBoolean(spec.active, 'active') ?? base?.active ?? true,
    position: parsePosition(spec.position) ?? base?.position,
  }
}

function conditionsOf(spec: Record<string, unknown>, base: RuleConditions | undefined): RuleConditions {
  const conditions = parseConditions(spec) ?? base
  return conditions ?? { all: [], any: [] }
}

function requireAnchor(conditions: RuleConditions, kind: string): void {
  if (!conditions.all.some((condition) => ANCHOR_FIELDS.includes(condition.field))) {
    throw new RuleDefinitionError(
      'conditions.all',
      `${kind} needs at least one "all" condition on ${ANCHOR_FIELDS.join(', ')}`,
    )
  }
}

export function defineActingRule(
  type: 'trigger' | 'automation',
  spec: unknown,
  env: RuleEnv,
  base?: ActingRuleDefinition,
): ActingRuleDefinition {
  const raw = specRecord(spec)
  refuseUnknownKeys(raw, KEYS[type])
  const conditions = conditionsOf(raw, base?.conditions)
  const prefix =
    raw.conditions === undefined && (raw.all !== undefined || raw.any !== undefined) ? 'legacy' : 'conditions'
  validateConditions(conditions, type, env.fields, prefix)
  const actions = parseActions(raw.actions) ?? base?.actions
  if (actions === undefined) throw new RuleDefinitionError('actions', 'is required')
  validateActions(actions, type, env)
  if (type === 'automation') {
    requireAnchor(conditions, 'an automation')
    if (!conditions.all.some((condition) => isTimeField(condition.field))) {
      throw new RuleDefinitionError('conditions.all', 'an automation needs at least one time-based condition')
    }
    if (!automationNullifies(conditions, actions, env.fields)) {
      throw new RuleDefinitionError(
        'actions',
        'the automation does not nullify itself: no action makes one of its conditions false (remove a tag ' +
          'it requires, add a tag it excludes, change the status or field it tests) and no condition is true ' +
          'only once ("hours since … is N"), so it would fire again every hour',
      )
    }
  }
  return { ...commonOf(raw, base), conditions, actions }
}

export function defineView(spec: unknown, env: RuleEnv, base?: ViewDefinition): ViewDefinition {
  const raw = specRecord(spec)
  refuseUnknownKeys(raw, KEYS.view)
  const conditions = conditionsOf(raw, base?.conditions)
  const prefix = raw.conditions === undefined ? 'legacy' : 'conditions'
  validateConditions(conditions, 'view', env.fields, prefix)
  requireAnchor(conditions, 'a view')
  // ASSUMPTION (the docs do not say): an `output` in an update replaces the whole output, so keys left out
  // (sort_by, group_by…) return to their defaults. A client that sends the whole output works either way.
  const output = parseOutput(raw.output) ?? base?.output ?? DEFAULT_OUTPUT
  validateOutput(output, env.fields)
  const restriction = parseRestriction(raw.restriction)
  if (restriction?.type === 'Group') {
    const unknown = restriction.ids.filter((id) => !env.groupExists(id))
    if (unknown.length) throw new RuleDefinitionError('restriction.ids', `no group ${unknown.join(', ')}`)
  }
  if (restriction?.type === 'User' && !env.isStaff(restriction.id)) {
    throw new RuleDefinitionError('restriction.id', `${restriction.id} is not an agent of the account`)
  }
  return {
    ...commonOf(raw, base),
    conditions,
    output,
    restriction: restriction === undefined ? (base?.restriction ?? null) : restriction,
  }
}
