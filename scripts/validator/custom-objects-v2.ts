import { error, type Finding } from './issues'
import { describeType, isJsonObject, type JsonObject } from './shapes'

/** Limits from the gem's `validations/custom_objects_v2/constants.rb`. */
const LIMITS = {
  objects: 50,
  fieldsPerObject: 20,
  triggersPerObject: 10,
  conditionsPerTrigger: 50,
  actionsPerTrigger: 25,
  selectionFieldsPerObject: 5, // dropdown and multiselect, each
  optionsPerSelectionField: 10,
  relationshipFilterConditions: 20,
  payloadBytes: 1_048_576,
}
const REQUIRED_KEYS = {
  objects: ['key', 'title', 'title_pluralized', 'include_in_list_view'],
  object_fields: ['key', 'title', 'type', 'object_key'],
  object_triggers: ['key', 'object_key', 'title', 'actions', 'conditions'],
} as const
type Collection = keyof typeof REQUIRED_KEYS
const COLLECTIONS = Object.keys(REQUIRED_KEYS) as Collection[]
const SELECTION_TYPES = ['dropdown', 'multiselect']
/** Install-time resources cannot depend on settings, which do not exist yet when they are created. */
const SETTING_PLACEHOLDER = /\{\{\s*setting\.[\w.-]+\s*\}\}/

/**
 * `custom_objects_v2` in requirements.json: {objects: [...], object_fields: [...], object_triggers: [...]}.
 * Structural problems stop the checks early, as they do in Zendesk, to avoid a cascade of errors.
 */
export function checkCustomObjectsV2(value: unknown, file: string): Finding[] {
  const structure = structureProblems(value, file)
  if (structure.length > 0 || !isJsonObject(value)) return structure
  const json = JSON.stringify(value)
  if (Buffer.byteLength(json) > LIMITS.payloadBytes) {
    return [error('requirements.cov2_invalid_structure', file, '"custom_objects_v2" is larger than 1 MB.')]
  }
  const collections = {
    objects: objectEntries(value.objects),
    object_fields: objectEntries(value.object_fields),
    object_triggers: objectEntries(value.object_triggers),
  }
  const limitsAndSchema = [...limitRules(collections, file), ...schemaRules(collections, file)]
  if (limitsAndSchema.length > 0) return limitsAndSchema
  if (SETTING_PLACEHOLDER.test(json)) {
    return [
      error(
        'requirements.cov2_setting_placeholder',
        file,
        '"custom_objects_v2" may not use {{setting.…}} placeholders: settings do not exist yet at install time.',
      ),
    ]
  }
  return referenceRules(collections, file)
}

function structureProblems(value: unknown, file: string): Finding[] {
  if (!isJsonObject(value) || Object.keys(value).length === 0) {
    return [
      error(
        'requirements.cov2_invalid_structure',
        file,
        `"custom_objects_v2" must be a non-empty object with "objects", "object_fields" and/or "object_triggers" arrays, not ${describeType(value)}.`,
      ),
    ]
  }
  const findings = COLLECTIONS.filter((name) => value[name] !== undefined && !Array.isArray(value[name])).map(
    (name) =>
      error('requirements.cov2_invalid_structure', file, `"custom_objects_v2.${name}" must be an array.`),
  )
  const allEmpty = COLLECTIONS.every(
    (name) => Array.isArray(value[name]) && (value[name] as unknown[]).length === 0,
  )
  if (allEmpty) {
    findings.push(error('requirements.cov2_invalid_structure', file, '"custom_objects_v2" declares nothing.'))
  }
  return findings
}

function objectEntries(collection: unknown): JsonObject[] {
  return Array.isArray(collection) ? collection.filter(isJsonObject) : []
}

type Collections = Record<Collection, JsonObject[]>

function limitRules(
  { objects, object_fields: fields, object_triggers: triggers }: Collections,
  file: string,
): Finding[] {
  const findings: Finding[] = []
  if (objects.length > LIMITS.objects) {
    findings.push(
      error(
        'requirements.cov2_too_many_objects',
        file,
        `${objects.length} custom objects declared; the limit is ${LIMITS.objects}.`,
      ),
    )
  }
  for (const [objectKey, count] of countByObject(fields)) {
    if (count > LIMITS.fieldsPerObject) {
      findings.push(
        error(
          'requirements.cov2_too_many_fields',
          file,
          `Object "${objectKey}" has ${count} fields; the limit is ${LIMITS.fieldsPerObject}.`,
        ),
      )
    }
  }
  for (const type of SELECTION_TYPES) {
    for (const [objectKey, count] of countByObject(fields.filter((f) => f.type === type))) {
      if (count > LIMITS.selectionFieldsPerObject) {
        findings.push(
          error(
            'requirements.cov2_too_many_fields',
            file,
            `Object "${objectKey}" has ${count} ${type} fields; the limit is ${LIMITS.selectionFieldsPerObject}.`,
          ),
        )
      }
    }
  }
  for (const field of fields) {
    const options = field.custom_field_options
    if (
      SELECTION_TYPES.includes(String(field.type)) &&
      Array.isArray(options) &&
      options.length > LIMITS.optionsPerSelectionField
    ) {
      findings.push(
        error(
          'requirements.cov2_too_many_fields',
          file,
          `Field "${String(field.key)}" has ${options.length} options; the limit is ${LIMITS.optionsPerSelectionField}.`,
        ),
      )
    }
    if (countConditions(field.relationship_filter) > LIMITS.relationshipFilterConditions) {
      findings.push(
        error(
          'requirements.cov2_too_many_fields',
          file,
          `Field "${String(field.key)}" has more than ${LIMITS.relationshipFilterConditions} relationship filter conditions.`,
        ),
      )
    }
  }
  for (const [objectKey, count] of countByObject(triggers)) {
    if (count > LIMITS.triggersPerObject) {
      findings.push(
        error(
          'requirements.cov2_too_many_triggers',
          file,
          `Object "${objectKey}" has ${count} triggers; the limit is ${LIMITS.triggersPerObject}.`,
        ),
      )
    }
  }
  for (const trigger of triggers) {
    const key = String(trigger.key ?? '(no key)')
    if (countConditions(trigger.conditions) > LIMITS.conditionsPerTrigger) {
      findings.push(
        error(
          'requirements.cov2_too_many_triggers',
          file,
          `Trigger "${key}" has more than ${LIMITS.conditionsPerTrigger} conditions.`,
        ),
      )
    }
    if (Array.isArray(trigger.actions) && trigger.actions.length > LIMITS.actionsPerTrigger) {
      findings.push(
        error(
          'requirements.cov2_too_many_triggers',
          file,
          `Trigger "${key}" has more than ${LIMITS.actionsPerTrigger} actions.`,
        ),
      )
    }
  }
  return findings
}

function countByObject(items: readonly JsonObject[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const item of items) {
    if (typeof item.object_key !== 'string' || item.object_key === '') continue
    counts.set(item.object_key, (counts.get(item.object_key) ?? 0) + 1)
  }
  return counts
}

function countConditions(conditions: unknown): number {
  if (!isJsonObject(conditions)) return 0
  return ['all', 'any'].reduce((sum, key) => {
    const list = conditions[key]
    return sum + (Array.isArray(list) ? list.length : 0)
  }, 0)
}

function schemaRules(collections: Collections, file: string): Finding[] {
  const findings: Finding[] = []
  for (const name of COLLECTIONS) {
    collections[name].forEach((item, index) => {
      const missing = REQUIRED_KEYS[name].filter((key) => !(key in item))
      if (missing.length > 0) {
        findings.push(
          error(
            'requirements.cov2_missing_key',
            file,
            `"custom_objects_v2.${name}[${index}]"${describeKey(item)} is missing: ${missing.join(', ')}.`,
          ),
        )
      }
    })
  }
  collections.object_triggers.forEach((trigger, index) => {
    const where = `"custom_objects_v2.object_triggers[${index}]"${describeKey(trigger)}`
    if ('conditions' in trigger && !validConditions(trigger.conditions)) {
      findings.push(
        error(
          'requirements.cov2_invalid_trigger',
          file,
          `${where}: "conditions" must be {"all": [...], "any": [...]} with at least one condition.`,
        ),
      )
    }
    if ('actions' in trigger && (!Array.isArray(trigger.actions) || trigger.actions.length === 0)) {
      findings.push(
        error('requirements.cov2_invalid_trigger', file, `${where}: "actions" must be a non-empty array.`),
      )
    }
  })
  return findings
}

function validConditions(conditions: unknown): boolean {
  if (!isJsonObject(conditions)) return false
  const keys = Object.keys(conditions)
  if (keys.length === 0 || keys.some((key) => key !== 'all' && key !== 'any')) return false
  return countConditions(conditions) > 0
}

function describeKey(item: JsonObject): string {
  return typeof item.key === 'string' ? ` (key "${item.key}")` : ''
}

/** Fields and triggers must belong to an object declared in the same file. */
function referenceRules(collections: Collections, file: string): Finding[] {
  const declared = new Set(
    collections.objects
      .map((o) => o.key)
      .filter((key): key is string => typeof key === 'string' && key.trim() !== ''),
  )
  const findings: Finding[] = []
  for (const name of ['object_fields', 'object_triggers'] as const) {
    for (const item of collections[name]) {
      if (typeof item.object_key === 'string' && declared.has(item.object_key)) continue
      findings.push(
        error(
          'requirements.cov2_unknown_object',
          file,
          `"custom_objects_v2.${name}"${describeKey(item)} refers to object ${JSON.stringify(item.object_key)}, which "objects" does not declare.`,
        ),
      )
    }
  }
  return findings
}
