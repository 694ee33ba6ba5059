import { ZendeskApiError } from '../errors'
import type { RecordFieldValue, ZendeskCustomObjectField } from './types'

/**
 * Validates `custom_object_fields` of a record write against the object's fields. Values are stored the
 * way they are returned: text/date/dropdown as strings, integer/decimal as numbers, checkbox as a boolean,
 * lookups as the target's id in a string (ASSUMPTION: Zendesk returns lookup values as string ids, like
 * record ids and user ids). A null or empty value clears the field.
 */

/** Answers whether a lookup target (`zen:ticket`, `zen:user`, `zen:custom_object:<key>`) has this id. */
export type LookupResolver = (target: string, id: string) => boolean

export function recordInvalidField(
  key: string,
  description: string,
  error = 'InvalidValue',
): ZendeskApiError {
  return new ZendeskApiError(422, {
    error: 'RecordInvalid',
    description: 'Record validation errors',
    details: { [key]: [{ description, error }] },
  })
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const NUMBER_TEXT = /^-?\d+(\.\d+)?$/

function isValidDate(value: string): boolean {
  if (!DATE.test(value)) return false
  const parsed = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value)
}

function numberOf(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (typeof value === 'string' && NUMBER_TEXT.test(value.trim())) return Number(value)
  return null
}

function fieldValue(
  field: ZendeskCustomObjectField,
  value: unknown,
  resolve: LookupResolver,
): RecordFieldValue {
  const fail = (problem: string): never => {
    throw recordInvalidField(field.key, `${field.title}: ${problem}`)
  }
  switch (field.type) {
    case 'text':
    case 'textarea':
      if (typeof value === 'string') return value
      if (typeof value === 'number') return String(value)
      return fail('must be text')
    case 'integer': {
      const number = numberOf(value)
      if (number === null || !Number.isInteger(number)) return fail(`"${String(value)}" is not an integer`)
      return number
    }
    case 'decimal': {
      const number = numberOf(value)
      if (number === null) return fail(`"${String(value)}" is not a decimal number`)
      return number
    }
    case 'checkbox':
      if (value === true || value === 'true') return true
      if (value === false || value === 'false') return false
      return fail(`"${String(value)}" is not true or false`)
    case 'date':
      if (typeof value !== 'string' || !isValidDate(value))
        return fail('is not a valid date (expected YYYY-MM-DD)')
      return value
    case 'dropdown': {
      const option = field.custom_field_options?.find((candidate) => candidate.value === value)
      if (!option) return fail(`"${String(value)}" is not one of the options`)
      return option.value
    }
    case 'lookup': {
      const id = typeof value === 'number' && Number.isInteger(value) ? String(value) : value
      if (typeof id !== 'string' || id.trim() === '') return fail('must be an id')
      if (!resolve(field.relationship_target_type ?? '', id)) {
        return fail(`no ${field.relationship_target_type} with id ${id}`)
      }
      return id
    }
  }
}

/** The validated changes: key → new value, or null to clear. Unknown keys are refused. */
export function validatedRecordFields(
  fields: readonly ZendeskCustomObjectField[],
  input: unknown,
  resolve: LookupResolver,
): Record<string, RecordFieldValue | null> {
  if (input === undefined) return {}
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw recordInvalidField(
      'custom_object_fields',
      'custom_object_fields must be an object of field key → value',
    )
  }
  const changes: Record<string, RecordFieldValue | null> = {}
  for (const [key, value] of Object.entries(input)) {
    const field = fields.find((candidate) => candidate.key === key)
    if (!field) throw recordInvalidField(key, `${key}: is not a field of this object`, 'UnknownField')
    changes[key] = value === null || value === '' ? null : fieldValue(field, value, resolve)
  }
  return changes
}
