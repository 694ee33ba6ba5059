import type {
  RuleAction,
  RuleCondition,
  RuleConditions,
  SortOrder,
  ViewOutput,
  ViewRestriction,
} from './types'

/**
 * Reads the JSON of a trigger, automation or view (a requirements.json entry, or the body of a PUT) into
 * the stored shape, refusing what the harness does not model instead of ignoring it. Semantic checks
 * (fields, operators, values, placeholders, Zendesk's own rules per kind) are in define-rule.ts.
 */

export class RuleDefinitionError extends Error {
  /** `part` names where the problem is: "conditions.all[2]", "actions[0]", "output.columns". */
  constructor(
    readonly part: string,
    message: string,
  ) {
    super(`${part}: ${message}`)
    this.name = 'RuleDefinitionError'
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function scalarText(value: unknown, part: string): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  throw new RuleDefinitionError(part, 'value must be a string, number or boolean')
}

function parseCondition(raw: unknown, part: string): RuleCondition {
  if (!isRecord(raw)) throw new RuleDefinitionError(part, 'must be {field, operator, value}')
  const unknown = Object.keys(raw).filter((key) => !['field', 'operator', 'value'].includes(key))
  if (unknown.length) throw new RuleDefinitionError(part, `unsupported key(s) ${unknown.join(', ')}`)
  if (typeof raw.field !== 'string' || raw.field === '')
    throw new RuleDefinitionError(part, '"field" is required')
  // update_type is documented without an operator ("Omit the operator property").
  const operator = raw.operator === undefined ? '' : raw.operator
  if (typeof operator !== 'string') throw new RuleDefinitionError(part, '"operator" must be a string')
  if (Array.isArray(raw.value))
    throw new RuleDefinitionError(part, 'array values are not supported by the harness')
  return { field: raw.field, operator, value: scalarText(raw.value, part) }
}

function parseConditionList(raw: unknown, part: string): RuleCondition[] {
  if (raw === undefined || raw === null) return []
  if (!Array.isArray(raw)) throw new RuleDefinitionError(part, 'must be an array of conditions')
  return raw.map((condition, index) => parseCondition(condition, `${part}[${index}]`))
}

/** `conditions: {all, any}`, or the legacy top-level `all`/`any`; undefined when neither is given. */
export function parseConditions(spec: Record<string, unknown>): RuleConditions | undefined {
  const hasLegacy = spec.all !== undefined || spec.any !== undefined
  if (spec.conditions !== undefined && hasLegacy) {
    throw new RuleDefinitionError(
      'conditions',
      'give either conditions {all, any} or the legacy all/any, not both',
    )
  }
  if (spec.conditions !== undefined) {
    if (!isRecord(spec.conditions)) throw new RuleDefinitionError('conditions', 'must be {all, any}')
    const unknown = Object.keys(spec.conditions).filter((key) => key !== 'all' && key !== 'any')
    if (unknown.length)
      throw new RuleDefinitionError('conditions', `unsupported key(s) ${unknown.join(', ')}`)
    return {
      all: parseConditionList(spec.conditions.all, 'conditions.all'),
      any: parseConditionList(spec.conditions.any, 'conditions.any'),
    }
  }
  if (!hasLegacy) return undefined
  return { all: parseConditionList(spec.all, 'all'), any: parseConditionList(spec.any, 'any') }
}

function parseAction(raw: unknown, part: string): RuleAction {
  if (!isRecord(raw)) throw new RuleDefinitionError(part, 'must be {field, value}')
  const unknown = Object.keys(raw).filter((key) => key !== 'field' && key !== 'value')
  if (unknown.length) throw new RuleDefinitionError(part, `unsupported key(s) ${unknown.join(', ')}`)
  if (typeof raw.field !== 'string' || raw.field === '')
    throw new RuleDefinitionError(part, '"field" is required')
  if (Array.isArray(raw.value)) {
    return {
      field: raw.field,
      value: raw.value.map((item, index) => scalarText(item, `${part}.value[${index}]`)),
    }
  }
  return { field: raw.field, value: scalarText(raw.value, part) }
}

export function parseActions(raw: unknown): RuleAction[] | undefined {
  if (raw === undefined) return undefined
  if (!Array.isArray(raw)) throw new RuleDefinitionError('actions', 'must be an array of {field, value}')
  return raw.map((action, index) => parseAction(action, `actions[${index}]`))
}

export function parseTitle(raw: unknown): string | undefined {
  if (raw === undefined) return undefined
  if (typeof raw !== 'string' || raw.trim() === '')
    throw new RuleDefinitionError('title', 'must be a non-empty string')
  return raw
}

export function parseOptionalBoolean(raw: unknown, part: string): boolean | undefined {
  if (raw === undefined) return undefined
  if (typeof raw !== 'boolean') throw new RuleDefinitionError(part, 'must be true or false')
  return raw
}

export function parsePosition(raw: unknown): number | undefined {
  if (raw === undefined) return undefined
  const position = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw
  if (typeof position !== 'number' || !Number.isInteger(position) || position < 0) {
    throw new RuleDefinitionError('position', 'must be a whole number')
  }
  return position
}

export function parseDescription(raw: unknown): string | null | undefined {
  if (raw === undefined) return undefined
  if (raw === null || typeof raw === 'string') return raw
  throw new RuleDefinitionError('description', 'must be a string')
}

function sortOrder(raw: unknown, part: string): SortOrder | undefined {
  if (raw === undefined || raw === null) return undefined
  if (raw !== 'asc' && raw !== 'desc') throw new RuleDefinitionError(part, 'must be "asc" or "desc"')
  return raw
}

function optionalColumn(raw: unknown, part: string): string | null {
  if (raw === undefined || raw === null) return null
  // A custom field's column is its numeric id.
  if (typeof raw === 'number') return String(raw)
  if (typeof raw !== 'string') throw new RuleDefinitionError(part, 'must be a column id')
  return raw
}

/** A view's `output`; column ids are checked in view-columns.ts. */
export function parseOutput(raw: unknown): ViewOutput | undefined {
  if (raw === undefined) return undefined
  if (!isRecord(raw)) throw new RuleDefinitionError('output', 'must be {columns, sort_by, sort_order, …}')
  const known = ['columns', 'sort_by', 'sort_order', 'group_by', 'group_order']
  const unknown = Object.keys(raw).filter((key) => !known.includes(key))
  if (unknown.length) throw new RuleDefinitionError('output', `unsupported key(s) ${unknown.join(', ')}`)
  const columns = raw.columns ?? []
  if (
    !Array.isArray(columns) ||
    columns.some((column) => typeof column !== 'string' && typeof column !== 'number')
  ) {
    throw new RuleDefinitionError('output.columns', 'must be an array of column ids')
  }
  return {
    columns: columns as Array<string | number>,
    sort_by: optionalColumn(raw.sort_by, 'output.sort_by'),
    sort_order: sortOrder(raw.sort_order, 'output.sort_order') ?? 'asc',
    group_by: optionalColumn(raw.group_by, 'output.group_by'),
    group_order: sortOrder(raw.group_order, 'output.group_order') ?? 'asc',
  }
}

function idList(raw: unknown, part: string): number[] {
  const list = Array.isArray(raw) ? raw : [raw]
  const ids = list.map(Number)
  if (ids.length === 0 || ids.some((id) => !Number.isInteger(id) || id <= 0)) {
    throw new RuleDefinitionError(part, 'must be numeric ids')
  }
  return ids
}

/** `{type: "Group", ids|id}` or `{type: "User", id}`; null/absent = every agent. */
export function parseRestriction(raw: unknown): ViewRestriction | undefined {
  if (raw === undefined) return undefined
  if (raw === null) return null
  if (!isRecord(raw)) throw new RuleDefinitionError('restriction', 'must be {type, id} or {type, ids}')
  if (raw.type === 'Group') return { type: 'Group', ids: idList(raw.ids ?? raw.id, 'restriction.ids') }
  if (raw.type === 'User') {
    const [id] = idList(raw.id, 'restriction.id')
    return { type: 'User', id: id ?? 0 }
  }
  throw new RuleDefinitionError('restriction.type', 'must be "Group" or "User"')
}

/** Keys a definition may carry; anything else is refused rather than silently dropped. */
export function refuseUnknownKeys(spec: Record<string, unknown>, allowed: readonly string[]): void {
  const unknown = Object.keys(spec).filter((key) => !allowed.includes(key))
  if (unknown.length) {
    throw new RuleDefinitionError(
      unknown.join(', '),
      `not supported by the harness (supported: ${allowed.join(', ')})`,
    )
  }
}
