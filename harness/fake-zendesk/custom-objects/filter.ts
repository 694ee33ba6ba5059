import { ZendeskApiError } from '../errors'
import type {
  CustomObjectFieldType,
  RecordFieldValue,
  ZendeskCustomObjectField,
  ZendeskCustomObjectRecord,
} from './types'

/**
 * The `filter` of `POST …/records/search`: `$and` / `$or` lists and `{field: {$op: value}}` conditions on
 * the standard fields (created_at, updated_at, created_by_user, updated_by_user, name, external_id) and on
 * `custom_object_fields.<key>`. ASSUMPTION: which operators apply to which custom field types is not in
 * the stored docs; comparisons are allowed on numbers and dates, `$contains` on text, `$eq`/`$noteq`/`$in`
 * everywhere. Anything else is a 400 (body shape also an ASSUMPTION).
 */

type Predicate = (record: ZendeskCustomObjectRecord) => boolean
type Kind = 'text' | 'number' | 'date' | 'time' | 'boolean' | 'id'
type Scalar = string | number | boolean

const OPERATORS = ['$eq', '$noteq', '$gt', '$gte', '$lt', '$lte', '$in', '$contains'] as const
type Operator = (typeof OPERATORS)[number]

const ORDERED_KINDS: readonly Kind[] = ['number', 'date', 'time']
const CONTAINS_KINDS: readonly Kind[] = ['text']

export function invalidFilter(description: string): ZendeskApiError {
  return new ZendeskApiError(400, { error: 'InvalidFilter', description })
}

interface Target {
  kind: Kind
  read: (record: ZendeskCustomObjectRecord) => RecordFieldValue | null
}

const STANDARD: Record<string, Target> = {
  name: { kind: 'text', read: (record) => record.name },
  external_id: { kind: 'text', read: (record) => record.external_id },
  created_at: { kind: 'time', read: (record) => record.created_at },
  updated_at: { kind: 'time', read: (record) => record.updated_at },
  created_by_user: { kind: 'id', read: (record) => record.created_by_user_id },
  updated_by_user: { kind: 'id', read: (record) => record.updated_by_user_id },
}

const KIND_OF: Record<CustomObjectFieldType, Kind> = {
  text: 'text',
  textarea: 'text',
  integer: 'number',
  decimal: 'number',
  checkbox: 'boolean',
  date: 'date',
  dropdown: 'id',
  lookup: 'id',
}

function targetOf(name: string, fields: readonly ZendeskCustomObjectField[]): Target {
  const standard = STANDARD[name]
  if (standard) return standard
  const key = /^custom_object_fields\.(.+)$/.exec(name)?.[1]
  const field = fields.find((candidate) => candidate.key === key)
  if (!field) throw invalidFilter(`"${name}" is not a filterable field`)
  return { kind: KIND_OF[field.type], read: (record) => record.custom_object_fields[field.key] ?? null }
}

/** The value a condition compares with, in the field's kind. */
function operand(kind: Kind, value: unknown, name: string): Scalar {
  const bad = (): never => {
    throw invalidFilter(`${name}: ${JSON.stringify(value)} is not a valid value`)
  }
  switch (kind) {
    case 'number': {
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
      return typeof number === 'number' && Number.isFinite(number) ? number : bad()
    }
    case 'boolean':
      return value === true || value === 'true' ? true : value === false || value === 'false' ? false : bad()
    case 'time': {
      const time = typeof value === 'string' ? Date.parse(value) : NaN
      return Number.isNaN(time) ? bad() : time
    }
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : bad()
    case 'id':
      return typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value))
        ? String(value)
        : bad()
    case 'text':
      return typeof value === 'string' ? value : bad()
  }
}

function stored(kind: Kind, value: RecordFieldValue | null): Scalar | null {
  if (value === null) return null
  return kind === 'time' ? Date.parse(String(value)) : value
}

function condition(name: string, spec: unknown, fields: readonly ZendeskCustomObjectField[]): Predicate {
  const target = targetOf(name, fields)
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec) || Object.keys(spec).length === 0) {
    throw invalidFilter(`${name}: a condition is {"$operator": value}`)
  }
  const tests = Object.entries(spec).map(([op, value]): Predicate => {
    if (!OPERATORS.includes(op as Operator)) throw invalidFilter(`${name}: unknown operator "${op}"`)
    const operator = op as Operator
    if (['$gt', '$gte', '$lt', '$lte'].includes(operator) && !ORDERED_KINDS.includes(target.kind)) {
      throw invalidFilter(`${name}: ${operator} is not supported for this field`)
    }
    if (operator === '$contains' && !CONTAINS_KINDS.includes(target.kind)) {
      throw invalidFilter(`${name}: $contains is not supported for this field`)
    }
    if (operator === '$in') {
      if (!Array.isArray(value) || value.length === 0)
        throw invalidFilter(`${name}: $in takes a non-empty array`)
      const wanted = value.map((item) => operand(target.kind, item, name))
      return (record) => wanted.includes(stored(target.kind, target.read(record)) as Scalar)
    }
    const expected = operand(target.kind, value, name)
    return (record) => {
      const actual = stored(target.kind, target.read(record))
      if (operator === '$noteq') return actual !== expected
      if (actual === null) return false
      switch (operator) {
        case '$eq':
          return actual === expected
        case '$gt':
          return actual > expected
        case '$gte':
          return actual >= expected
        case '$lt':
          return actual < expected
        case '$lte':
          return actual <= expected
        default:
          return String(actual).toLowerCase().includes(String(expected).toLowerCase())
      }
    }
  })
  return (record) => tests.every((test) => test(record))
}

function list(name: string, value: unknown, fields: readonly ZendeskCustomObjectField[]): Predicate[] {
  if (!Array.isArray(value) || value.length === 0)
    throw invalidFilter(`${name} takes a non-empty array of filters`)
  return value.map((node) => compileFilter(node, fields))
}

/** A predicate for the filter; throws 400 on an unknown operator, field or malformed node. */
export function compileFilter(filter: unknown, fields: readonly ZendeskCustomObjectField[]): Predicate {
  if (
    typeof filter !== 'object' ||
    filter === null ||
    Array.isArray(filter) ||
    Object.keys(filter).length === 0
  ) {
    throw invalidFilter('filter must be a non-empty object')
  }
  const parts = Object.entries(filter).map(([name, value]): Predicate => {
    if (name === '$and') {
      const all = list(name, value, fields)
      return (record) => all.every((test) => test(record))
    }
    if (name === '$or') {
      const any = list(name, value, fields)
      return (record) => any.some((test) => test(record))
    }
    if (name.startsWith('$')) throw invalidFilter(`unknown operator "${name}"`)
    return condition(name, value, fields)
  })
  return (record) => parts.every((test) => test(record))
}
