import { recordInvalid } from './errors'
import type { CustomFieldValue, ZendeskTicketField } from './types'

/**
 * What Zendesk stores for a custom ticket field value, by field type, or a 422 RecordInvalid naming the
 * field. ASSUMPTION: integer and decimal values come back as strings ("12.5", "40"), as Zendesk keeps field
 * entries as text; clients should accept numbers or numeric strings either way.
 */

export type StoredFieldValue = CustomFieldValue['value']

const DATE = /^\d{4}-\d{2}-\d{2}$/
const INTEGER = /^-?\d+$/
const DECIMAL = /^-?\d+(\.\d+)?$/

function invalid(field: ZendeskTicketField, problem: string): never {
  throw recordInvalid(field.title, `${field.title}: ${problem}`)
}

function isValidDate(value: string): boolean {
  if (!DATE.test(value)) return false
  const parsed = new Date(`${value}T00:00:00Z`)
  // Rejects 2026-02-30, which Date.parse would roll over to March.
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value)
}

function numericText(field: ZendeskTicketField, value: unknown, pattern: RegExp, kind: string): string {
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (kind === 'an integer' && !Number.isInteger(value)) invalid(field, `${value} is not ${kind}`)
    return String(value)
  }
  if (typeof value === 'string' && pattern.test(value.trim())) return value.trim()
  return invalid(field, `"${String(value)}" is not ${kind}`)
}

export function validatedTicketFieldValue(field: ZendeskTicketField, value: unknown): StoredFieldValue {
  if (value === null || value === '') return null
  switch (field.type) {
    case 'date':
      if (typeof value !== 'string' || !isValidDate(value))
        invalid(field, 'is not a valid date (expected YYYY-MM-DD)')
      return value
    case 'tagger': {
      const option = field.custom_field_options?.find((candidate) => candidate.value === value)
      if (!option) invalid(field, `"${String(value)}" is not a valid option`)
      return option.value
    }
    case 'integer':
      return numericText(field, value, INTEGER, 'an integer')
    case 'decimal':
      return numericText(field, value, DECIMAL, 'a decimal number')
    case 'checkbox':
      if (value === true || value === 'true') return true
      if (value === false || value === 'false') return false
      return invalid(field, `"${String(value)}" is not true or false`)
    case 'text':
    case 'textarea':
      if (typeof value === 'string') return value
      if (typeof value === 'number') return String(value)
      return invalid(field, 'must be text')
    default:
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
      return invalid(field, 'invalid value')
  }
}
