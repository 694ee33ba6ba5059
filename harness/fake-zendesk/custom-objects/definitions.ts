import type { IdSequence } from '../ids'
import { API_BASE } from '../records'
import {
  CUSTOM_OBJECT_FIELD_TYPES,
  type CustomObjectFieldType,
  type ZendeskCustomObject,
  type ZendeskCustomObjectField,
} from './types'

/**
 * Turns a custom object or field definition (the `custom_objects_v2` requirement entries, or an admin's
 * POST body) into Zendesk's JSON. Anything the fake does not model is refused with a DefinitionError,
 * never dropped: a requirement the fake silently ignored would pass here and fail in a real account.
 */

export class DefinitionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DefinitionError'
  }
}

/** Zendesk's requirement limits for custom_objects_v2 (zendesk_apps_support validations). */
const MAX_FIELDS_PER_OBJECT = 20
const MAX_DROPDOWNS_PER_OBJECT = 5
const MAX_OPTIONS_PER_DROPDOWN = 10

const OBJECT_KEYS = new Set([
  'key',
  'title',
  'title_pluralized',
  'description',
  'include_in_list_view',
  'allows_photos',
  'allows_attachments',
])
const FIELD_KEYS = new Set([
  'key',
  'title',
  'type',
  'object_key',
  'description',
  'custom_field_options',
  'relationship_target_type',
  'relationship_filter',
  'active',
])
/** Lookup targets whose ids the fake can check; others (organizations, articles, brands) are not modelled. */
const LOOKUP_TARGETS = /^(zen:ticket|zen:user|zen:custom_object:[a-z0-9_]+)$/
const KEY_PATTERN = /^[a-z][a-z0-9_]*$/

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function refuseUnknownKeys(where: string, input: Record<string, unknown>, allowed: Set<string>): void {
  const unknown = Object.keys(input).filter((key) => !allowed.has(key))
  if (unknown.length) {
    throw new DefinitionError(`${where}: unsupported option(s) ${unknown.map((k) => `"${k}"`).join(', ')}`)
  }
}

function requiredString(where: string, input: Record<string, unknown>, name: string): string {
  const value = input[name]
  if (typeof value !== 'string' || value.trim() === '') {
    throw new DefinitionError(`${where}: "${name}" is required (a non-empty string)`)
  }
  return value
}

function optionalString(where: string, input: Record<string, unknown>, name: string): string {
  const value = input[name]
  if (value === undefined) return ''
  if (typeof value !== 'string') throw new DefinitionError(`${where}: "${name}" must be a string`)
  return value
}

function optionalBoolean(where: string, input: Record<string, unknown>, name: string): boolean {
  const value = input[name]
  if (value === undefined) return false
  if (typeof value !== 'boolean') throw new DefinitionError(`${where}: "${name}" must be a boolean`)
  return value
}

export interface DefinitionContext {
  at: string
  /** The admin (or installing app's admin) who creates it. */
  userId: number
  fieldIds: IdSequence
  optionIds: IdSequence
}

export function buildCustomObject(input: unknown, context: DefinitionContext): ZendeskCustomObject {
  if (!isRecord(input)) throw new DefinitionError('custom object: must be an object')
  const where = `custom object "${String(input.key ?? '?')}"`
  refuseUnknownKeys(where, input, OBJECT_KEYS)
  const key = requiredString(where, input, 'key')
  if (!KEY_PATTERN.test(key)) throw new DefinitionError(`${where}: key must be lower-case letters, digits, _`)
  const title = requiredString(where, input, 'title')
  const titlePluralized = requiredString(where, input, 'title_pluralized')
  if (typeof input.include_in_list_view !== 'boolean') {
    throw new DefinitionError(`${where}: "include_in_list_view" is required (a boolean)`)
  }
  const description = optionalString(where, input, 'description')
  return {
    url: `${API_BASE}/custom_objects/${key}`,
    key,
    title,
    raw_title: title,
    title_pluralized: titlePluralized,
    raw_title_pluralized: titlePluralized,
    description,
    raw_description: description,
    include_in_list_view: input.include_in_list_view,
    allows_photos: optionalBoolean(where, input, 'allows_photos'),
    allows_attachments: optionalBoolean(where, input, 'allows_attachments'),
    created_at: context.at,
    updated_at: context.at,
    created_by_user_id: String(context.userId),
    updated_by_user_id: String(context.userId),
  }
}

function fieldOptions(where: string, input: Record<string, unknown>, context: DefinitionContext) {
  const raw = input.custom_field_options
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new DefinitionError(`${where}: a dropdown needs "custom_field_options" ({name, value}[])`)
  }
  if (raw.length > MAX_OPTIONS_PER_DROPDOWN) {
    throw new DefinitionError(`${where}: at most ${MAX_OPTIONS_PER_DROPDOWN} options per dropdown`)
  }
  const seen = new Set<string>()
  return raw.map((option: unknown, position) => {
    if (!isRecord(option)) throw new DefinitionError(`${where}: each option must be {name, value}`)
    refuseUnknownKeys(`${where} option`, option, new Set(['name', 'value']))
    const name = requiredString(`${where} option`, option, 'name')
    const value = requiredString(`${where} option`, option, 'value')
    if (seen.has(value)) throw new DefinitionError(`${where}: option value "${value}" is repeated`)
    seen.add(value)
    return { id: context.optionIds.take(), name, raw_name: name, value, position }
  })
}

/** A field for an existing object; `siblings` are the object's other fields (for keys and limits). */
export function buildCustomObjectField(
  objectKey: string,
  input: unknown,
  siblings: readonly ZendeskCustomObjectField[],
  context: DefinitionContext,
): ZendeskCustomObjectField {
  if (!isRecord(input)) throw new DefinitionError(`field of "${objectKey}": must be an object`)
  const where = `field "${objectKey}.${String(input.key ?? '?')}"`
  refuseUnknownKeys(where, input, FIELD_KEYS)
  const key = requiredString(where, input, 'key')
  if (!KEY_PATTERN.test(key)) throw new DefinitionError(`${where}: key must be lower-case letters, digits, _`)
  if (siblings.some((field) => field.key === key)) throw new DefinitionError(`${where}: key is already used`)
  if (siblings.length >= MAX_FIELDS_PER_OBJECT) {
    throw new DefinitionError(`${where}: at most ${MAX_FIELDS_PER_OBJECT} fields per object`)
  }
  const type = input.type ?? 'text'
  if (typeof type !== 'string' || !CUSTOM_OBJECT_FIELD_TYPES.includes(type as CustomObjectFieldType)) {
    throw new DefinitionError(
      `${where}: field type "${String(type)}" is not supported (supported: ${CUSTOM_OBJECT_FIELD_TYPES.join(', ')})`,
    )
  }
  const fieldType = type as CustomObjectFieldType
  if (fieldType !== 'dropdown' && input.custom_field_options !== undefined) {
    throw new DefinitionError(`${where}: only dropdown fields take "custom_field_options"`)
  }
  if (fieldType !== 'lookup' && (input.relationship_target_type ?? input.relationship_filter) !== undefined) {
    throw new DefinitionError(`${where}: only lookup fields take relationship options`)
  }
  const title = requiredString(where, input, 'title')
  const description = optionalString(where, input, 'description')
  const field: ZendeskCustomObjectField = {
    url: '',
    id: context.fieldIds.take(),
    key,
    type: fieldType,
    title,
    raw_title: title,
    description,
    raw_description: description,
    position: siblings.length + 2, // after standard::name and standard::external_id
    active: input.active === undefined ? true : optionalBoolean(where, input, 'active'),
    required: false,
    system: false,
    regexp_for_validation: null,
    created_at: context.at,
    updated_at: context.at,
  }
  field.url = `${API_BASE}/custom_objects/${objectKey}/fields/${field.id}`
  if (fieldType === 'dropdown') {
    const dropdowns = siblings.filter((sibling) => sibling.type === 'dropdown').length
    if (dropdowns >= MAX_DROPDOWNS_PER_OBJECT) {
      throw new DefinitionError(`${where}: at most ${MAX_DROPDOWNS_PER_OBJECT} dropdown fields per object`)
    }
    field.custom_field_options = fieldOptions(where, input, context)
  }
  if (fieldType === 'lookup') {
    const target = requiredString(where, input, 'relationship_target_type')
    if (!LOOKUP_TARGETS.test(target)) {
      throw new DefinitionError(
        `${where}: lookup target "${target}" is not supported (zen:ticket, zen:user, zen:custom_object:<key>)`,
      )
    }
    field.relationship_target_type = target
    if (input.relationship_filter !== undefined) field.relationship_filter = input.relationship_filter
  }
  return field
}

/** The two standard fields every object lists first (`standard::name`, `standard::external_id`). */
export function standardFields(objectKey: string, at: string, ids: IdSequence): ZendeskCustomObjectField[] {
  return [
    ['standard::name', 'Name', true],
    ['standard::external_id', 'External ID', false],
  ].map(([key, title, required], position) => {
    const id = ids.take()
    return {
      url: `${API_BASE}/custom_objects/${objectKey}/fields/${id}`,
      id,
      key: key as string,
      type: 'text' as const,
      title: title as string,
      raw_title: title as string,
      description: title as string,
      raw_description: title as string,
      position,
      active: true,
      required: required as boolean,
      system: false,
      regexp_for_validation: null,
      created_at: at,
      updated_at: at,
    }
  })
}
