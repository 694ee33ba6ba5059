import { buildTicketField } from '../ticket-fields'
import type { CustomFieldOption, ZendeskTicketField } from '../types'
import {
  isRecord,
  RequirementInstallError,
  type InstallTarget,
  type InstalledRequirement,
  type RequirementInstaller,
} from './installer'

/** `ticket_fields`: `{identifier: <Create Ticket Field payload>}`, installed as custom ticket fields. */

const SUPPORTED_TYPES = ['tagger', 'text', 'textarea', 'decimal', 'integer', 'date', 'checkbox'] as const
type SupportedType = (typeof SUPPORTED_TYPES)[number]

const COMMON_KEYS = [
  'type',
  'title',
  'description',
  'agent_description',
  'active',
  'required',
  'position',
  'title_in_portal',
  'visible_in_portal',
  'editable_in_portal',
  'required_in_portal',
  'collapsed_for_agents',
]
const KEYS_BY_TYPE: Partial<Record<SupportedType, string[]>> = {
  tagger: ['custom_field_options'],
  checkbox: ['tag'],
}

function fail(identifier: string, message: string): never {
  throw new RequirementInstallError(`ticket_fields.${identifier}: ${message}`)
}

function stringOption(identifier: string, spec: Record<string, unknown>, name: string): string | undefined {
  const value = spec[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string') fail(identifier, `"${name}" must be a string`)
  return value
}

function booleanOption(identifier: string, spec: Record<string, unknown>, name: string): boolean | undefined {
  const value = spec[name]
  if (value === undefined) return undefined
  if (typeof value !== 'boolean') fail(identifier, `"${name}" must be a boolean`)
  return value
}

/** Every tag a custom field already owns: "Tags can't be re-used across custom ticket fields". */
function tagsInUse(fields: readonly ZendeskTicketField[]): Set<string> {
  return new Set(
    fields.flatMap((field) => [
      ...(field.custom_field_options ?? []).map((option) => option.value),
      ...(field.tag ? [field.tag] : []),
    ]),
  )
}

function taggerOptions(
  identifier: string,
  spec: Record<string, unknown>,
  target: InstallTarget,
): CustomFieldOption[] {
  const raw = spec.custom_field_options
  if (!Array.isArray(raw) || raw.length === 0) {
    fail(identifier, 'a tagger needs "custom_field_options" ({name, value}[])')
  }
  const taken = tagsInUse(target.ticketFields)
  return raw.map((option: unknown) => {
    if (!isRecord(option)) fail(identifier, 'each option must be {name, value}')
    const unknown = Object.keys(option).filter(
      (key) => key !== 'name' && key !== 'value' && key !== 'default',
    )
    if (unknown.length) fail(identifier, `unsupported option key(s) ${unknown.join(', ')}`)
    const { name, value } = option
    if (typeof name !== 'string' || !name.trim() || typeof value !== 'string' || !value.trim()) {
      fail(identifier, 'each option needs a non-empty name and value')
    }
    if (!/^[a-z0-9_\-:/.]+$/.test(value)) fail(identifier, `option value "${value}" is not a valid tag`)
    if (taken.has(value)) fail(identifier, `option value "${value}" is already a tag of another field`)
    taken.add(value)
    return {
      id: target.ticketFieldOptionIds.take(),
      name,
      raw_name: name,
      value,
      default: option.default === true,
    }
  })
}

function installField(identifier: string, spec: unknown, target: InstallTarget): ZendeskTicketField {
  if (!isRecord(spec)) fail(identifier, 'must be an object')
  const type = spec.type
  if (typeof type !== 'string' || !SUPPORTED_TYPES.includes(type as SupportedType)) {
    fail(
      identifier,
      `field type "${String(type)}" is not supported (supported: ${SUPPORTED_TYPES.join(', ')})`,
    )
  }
  const fieldType = type as SupportedType
  const allowed = new Set([...COMMON_KEYS, ...(KEYS_BY_TYPE[fieldType] ?? [])])
  const unknown = Object.keys(spec).filter((key) => !allowed.has(key))
  if (unknown.length)
    fail(identifier, `unsupported option(s) for a ${fieldType} field: ${unknown.join(', ')}`)
  const title = stringOption(identifier, spec, 'title')
  if (!title?.trim()) fail(identifier, '"title" is required')
  const description = stringOption(identifier, spec, 'description') ?? ''
  const id = target.ticketFieldIds.take()
  const tag = stringOption(identifier, spec, 'tag') ?? null
  if (tag !== null && tagsInUse(target.ticketFields).has(tag))
    fail(identifier, `tag "${tag}" is already used`)
  const position = spec.position === undefined ? undefined : Number(spec.position)
  if (position !== undefined && !Number.isInteger(position)) fail(identifier, '"position" must be an integer')
  return buildTicketField(target.at, {
    id,
    type: fieldType,
    title,
    position: position ?? 9000 + target.ticketFields.length,
    description,
    raw_description: description,
    agent_description: stringOption(identifier, spec, 'agent_description') ?? null,
    active: booleanOption(identifier, spec, 'active') ?? true,
    required: booleanOption(identifier, spec, 'required') ?? false,
    title_in_portal: stringOption(identifier, spec, 'title_in_portal') ?? title,
    raw_title_in_portal: stringOption(identifier, spec, 'title_in_portal') ?? title,
    visible_in_portal: booleanOption(identifier, spec, 'visible_in_portal') ?? false,
    editable_in_portal: booleanOption(identifier, spec, 'editable_in_portal') ?? false,
    required_in_portal: booleanOption(identifier, spec, 'required_in_portal') ?? false,
    collapsed_for_agents: booleanOption(identifier, spec, 'collapsed_for_agents') ?? false,
    removable: true,
    tag,
    creator_user_id: target.adminId,
    creator_app_name: 'Turnaround',
    ...(fieldType === 'tagger' ? { custom_field_options: taggerOptions(identifier, spec, target) } : {}),
  })
}

export const ticketFieldsInstaller: RequirementInstaller = {
  type: 'ticket_fields',
  install(spec, target) {
    if (!isRecord(spec))
      throw new RequirementInstallError('ticket_fields must be an object of identifier → field')
    return Object.entries(spec).map(([identifier, fieldSpec]): [string, InstalledRequirement] => {
      const field = installField(identifier, fieldSpec, target)
      target.ticketFields.push(field)
      return [identifier, { requirement_id: field.id, requirement_type: 'ticket_fields' }]
    })
  },
}
