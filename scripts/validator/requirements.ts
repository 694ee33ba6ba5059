import { checkCustomObjectsV2 } from './custom-objects-v2'
import { error, type Finding } from './issues'
import { readFileText, type AppPackage } from './package-content'
import { describeType, isJsonObject, parseJson, type JsonObject } from './shapes'

export const REQUIREMENTS_FILE = 'requirements.json'

/** `AppRequirement::TYPES`: the resources Zendesk can create when the app is installed. */
export const REQUIREMENT_TYPES = [
  'automations',
  'channel_integrations',
  'custom_objects',
  'macros',
  'targets',
  'views',
  'ticket_fields',
  'triggers',
  'user_fields',
  'organization_fields',
  'webhooks',
  'custom_objects_v2',
]
const MAX_REQUIREMENTS = 5000
const MAX_LEGACY_CUSTOM_OBJECTS = 50
/** Types whose resources have no `title` (they are named differently or hold nested collections). */
const UNTITLED_TYPES = new Set(['channel_integrations', 'custom_objects', 'webhooks', 'custom_objects_v2'])
const WEBHOOK_REQUIRED_KEYS = ['name', 'status', 'endpoint', 'http_method', 'request_format']
/** URL targets were retired in October 2024; Zendesk points to webhooks instead. */
const RETIRED_TARGET_TYPES = ['http_target', 'url_target_v2']
const FILE = REQUIREMENTS_FILE

/** `manifest` is undefined when manifest.json is unusable; then only the file's own rules run. */
export function checkRequirements(pkg: AppPackage, manifest: JsonObject | undefined): Finding[] {
  const text = readFileText(pkg, REQUIREMENTS_FILE)
  const kindProblem = manifest === undefined ? undefined : appKindProblem(manifest, text !== undefined)
  if (kindProblem !== undefined) return [kindProblem]
  if (text === undefined) return []

  const parsed = parseJson(text)
  if (!parsed.ok)
    return [
      error('requirements.invalid_json', FILE, `requirements.json is not valid JSON: ${parsed.reason}.`),
    ]
  if (!isJsonObject(parsed.value)) {
    return [
      error(
        'requirements.not_object',
        FILE,
        `requirements.json must hold an object like {"ticket_fields": {…}}, not ${describeType(parsed.value)}.`,
      ),
    ]
  }
  const requirements = parsed.value
  const findings: Finding[] = [...unknownTypes(requirements), ...countLimits(requirements)]
  for (const [type, group] of Object.entries(requirements)) {
    if (!REQUIREMENT_TYPES.includes(type)) continue
    if (type === 'custom_objects_v2') {
      findings.push(...checkCustomObjectsV2(group, FILE))
    } else if (!isJsonObject(group)) {
      findings.push(
        error(
          'requirements.invalid_group',
          FILE,
          `"${type}" must map your identifiers to resources, like {"my_${type}": {…}}, not ${describeType(group)}.`,
        ),
      )
    } else if (type === 'custom_objects') {
      findings.push(...legacyCustomObjectRules(group))
    } else {
      findings.push(...resourceRules(type, group))
    }
  }
  return findings
}

function appKindProblem(manifest: JsonObject, hasRequirements: boolean): Finding | undefined {
  if (manifest.requirementsOnly === true && !hasRequirements) {
    return error(
      'requirements.missing',
      FILE,
      'The manifest says "requirementsOnly": true but there is no requirements.json.',
    )
  }
  if (hasRequirements && (manifest.marketingOnly === true || isChatOnly(manifest))) {
    return error(
      'requirements.not_supported',
      FILE,
      'requirements.json is not allowed in marketing-only or Chat-only apps; remove it or add a Support location.',
    )
  }
  return undefined
}

function isChatOnly(manifest: JsonObject): boolean {
  const location = manifest.location
  if (!isJsonObject(location)) return false
  const products = Object.keys(location).map((key) => (key === 'zopim' ? 'chat' : key))
  return products.length > 0 && products.every((product) => product === 'chat')
}

function unknownTypes(requirements: JsonObject): Finding[] {
  return Object.keys(requirements)
    .filter((type) => !REQUIREMENT_TYPES.includes(type))
    .map((type) =>
      error(
        'requirements.unknown_type',
        FILE,
        `Unknown requirement type "${type}"; allowed: ${REQUIREMENT_TYPES.join(', ')}.`,
      ),
    )
}

/** Counted like the gem: each group's values, with arrays (custom objects) counted item by item. */
function countLimits(requirements: JsonObject): Finding[] {
  const findings: Finding[] = []
  const total = Object.values(requirements).reduce<number>((sum, group) => sum + countItems(group), 0)
  if (total > MAX_REQUIREMENTS) {
    findings.push(
      error(
        'requirements.too_many',
        FILE,
        `requirements.json declares ${total} requirements; the limit is ${MAX_REQUIREMENTS}.`,
      ),
    )
  }
  const customObjects = requirements.custom_objects
  const customObjectCount = countItems(customObjects)
  if (isJsonObject(customObjects) && customObjectCount > MAX_LEGACY_CUSTOM_OBJECTS) {
    findings.push(
      error(
        'requirements.too_many_custom_objects',
        FILE,
        `"custom_objects" declares ${customObjectCount} items; the limit is ${MAX_LEGACY_CUSTOM_OBJECTS}.`,
      ),
    )
  }
  return findings
}

function countItems(group: unknown): number {
  const values = isJsonObject(group) ? Object.values(group) : Array.isArray(group) ? group : [group]
  return values.reduce<number>((sum, value) => sum + (Array.isArray(value) ? value.length : 1), 0)
}

function resourceRules(type: string, group: JsonObject): Finding[] {
  const findings: Finding[] = []
  for (const [identifier, resource] of Object.entries(group)) {
    const where = `${type}.${identifier}`
    if (!isJsonObject(resource)) {
      findings.push(
        error(
          'requirements.invalid_resource',
          FILE,
          `"${where}" must be an object, not ${describeType(resource)}.`,
        ),
      )
      continue
    }
    if (!UNTITLED_TYPES.has(type) && !('title' in resource)) {
      findings.push(error('requirements.missing_title', FILE, `"${where}" needs a "title".`))
    }
    if ((type === 'user_fields' || type === 'organization_fields') && !('key' in resource)) {
      findings.push(
        error('requirements.missing_field_key', FILE, `"${where}" needs a "key" (the field's API name).`),
      )
    }
    if (type === 'webhooks') {
      const missing = WEBHOOK_REQUIRED_KEYS.filter((key) => !(key in resource))
      if (missing.length > 0) {
        findings.push(
          error(
            'requirements.webhook_missing_field',
            FILE,
            `Webhook "${where}" is missing: ${missing.join(', ')}.`,
          ),
        )
      }
    }
    if (
      type === 'targets' &&
      typeof resource.type === 'string' &&
      RETIRED_TARGET_TYPES.includes(resource.type)
    ) {
      findings.push(
        error(
          'requirements.retired_target_type',
          FILE,
          `Target "${where}" has type "${resource.type}", which Zendesk retired; declare a webhook instead.`,
        ),
      )
    }
    if (type === 'channel_integrations' && !('manifest_url' in resource)) {
      findings.push(
        error(
          'requirements.channel_integration',
          FILE,
          `Channel integration "${where}" needs a "manifest_url".`,
        ),
      )
    }
  }
  if (type === 'channel_integrations' && Object.keys(group).length > 1) {
    findings.push(
      error('requirements.channel_integration', FILE, 'An app may declare at most one channel integration.'),
    )
  }
  return findings
}

/** The original custom objects: `custom_object_types` (key, schema) and relationship types (key, source, target). */
function legacyCustomObjectRules(group: JsonObject): Finding[] {
  const findings: Finding[] = []
  if (!('custom_object_types' in group)) {
    findings.push(
      error(
        'requirements.custom_objects_missing_field',
        FILE,
        '"custom_objects" needs "custom_object_types".',
      ),
    )
  }
  const schemas: Array<[string, string[]]> = [
    ['custom_object_types', ['key', 'schema']],
    ['custom_object_relationship_types', ['key', 'source', 'target']],
  ]
  for (const [collection, requiredKeys] of schemas) {
    const items: unknown = group[collection]
    if (!Array.isArray(items)) continue
    items.forEach((item: unknown, index) => {
      const keys = isJsonObject(item) ? Object.keys(item) : []
      const missing = requiredKeys.filter((key) => !keys.includes(key))
      if (missing.length === 0) return
      findings.push(
        error(
          'requirements.custom_objects_missing_field',
          FILE,
          `"custom_objects.${collection}[${index}]" is missing: ${missing.join(', ')}.`,
        ),
      )
    })
  }
  return findings
}
