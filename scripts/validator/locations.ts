import { error, type Finding } from './issues'
import { isUiLessApp, MANIFEST_FILE } from './manifest'
import { readFileBytes, type AppPackage } from './package-content'
import { describeType, isJsonObject, type JsonObject } from './shapes'

/** Location names per product (the gem's `Location::LOCATIONS_AVAILABLE`). */
export const LOCATIONS_BY_PRODUCT: Readonly<Record<string, readonly string[]>> = {
  support: [
    'top_bar',
    'nav_bar',
    'ticket_sidebar',
    'new_ticket_sidebar',
    'user_sidebar',
    'organization_sidebar',
    'background',
    'modal',
    'ticket_editor',
    'system_top_bar',
    'custom_object_record_sidebar',
  ],
  chat: ['chat_sidebar', 'background'],
  standalone_chat: ['nav_bar', 'system_top_bar'],
  sell: [
    'deal_card',
    'person_card',
    'company_card',
    'lead_card',
    'background',
    'modal',
    'dashboard',
    'note_editor',
    'call_log_editor',
    'email_editor',
    'top_bar',
    'visit_editor',
  ],
}
/** Older manifests name products by their legacy names (`Product#legacy_name`). */
const LEGACY_PRODUCT_NAMES: Readonly<Record<string, string>> = {
  zendesk: 'support',
  zopim: 'chat',
  lotus_box: 'standalone_chat',
}
export const LOCATION_OPTIONS = [
  'url',
  'flexible',
  'autoLoad',
  'autoHide',
  'signed',
  'size',
  'objectTypes',
  'legacy',
]
/** Framework v1 marked template-rendered locations with this url; v2 apps must give a real page. */
const LEGACY_URL_STUB = '_legacy'
const CUSTOM_OBJECT_SIDEBAR = 'custom_object_record_sidebar'

export function checkLocations(manifest: JsonObject, pkg: AppPackage): Finding[] {
  const location = manifest.location
  if (isUiLessApp(manifest) || location === undefined || location === null) return [] // manifest rules report these
  if (!isJsonObject(location)) {
    return [
      error(
        'location.not_object',
        MANIFEST_FILE,
        `"location" must be an object like {"support": {"ticket_sidebar": {"url": "assets/index.html"}}}, not ${describeType(location)}.`,
      ),
    ]
  }
  const findings: Finding[] = []
  let locationCount = 0
  for (const [productKey, locations] of Object.entries(location)) {
    const product = LEGACY_PRODUCT_NAMES[productKey] ?? productKey
    const known = LOCATIONS_BY_PRODUCT[product]
    if (known === undefined) {
      findings.push(
        error(
          'location.unknown_product',
          MANIFEST_FILE,
          `Unknown product "${productKey}" in "location"; use one of: ${Object.keys(LOCATIONS_BY_PRODUCT).join(', ')}.`,
        ),
      )
      continue
    }
    if (!isJsonObject(locations)) {
      findings.push(
        error(
          'location.not_object',
          MANIFEST_FILE,
          `"location.${productKey}" must map location names to options, not ${describeType(locations)}.`,
        ),
      )
      continue
    }
    for (const [name, options] of Object.entries(locations)) {
      locationCount += 1
      const where = `location.${productKey}.${name}`
      if (!known.includes(name)) {
        findings.push(
          error(
            'location.unknown_location',
            MANIFEST_FILE,
            `"${name}" is not a ${product} location; known: ${known.join(', ')}.`,
          ),
        )
      }
      findings.push(...locationOptionRules(where, name, options, pkg))
    }
  }
  if (locationCount === 0) {
    findings.push(
      error('location.empty', MANIFEST_FILE, '"location" declares no location, so the app would never load.'),
    )
  }
  return findings
}

function locationOptionRules(where: string, name: string, value: unknown, pkg: AppPackage): Finding[] {
  // A bare string is shorthand for {"url": …}, as Zendesk reads it.
  const options: JsonObject | undefined =
    typeof value === 'string' ? { url: value } : isJsonObject(value) ? value : undefined
  if (options === undefined) {
    return [
      error(
        'location.invalid_options',
        MANIFEST_FILE,
        `"${where}" must be an options object like {"url": "assets/index.html"}, not ${describeType(value)}.`,
      ),
    ]
  }
  const findings: Finding[] = []
  for (const option of Object.keys(options).filter((key) => !LOCATION_OPTIONS.includes(key))) {
    findings.push(
      error(
        'location.unknown_option',
        MANIFEST_FILE,
        `"${where}" has unknown option "${option}"; allowed: ${LOCATION_OPTIONS.join(', ')}.`,
      ),
    )
  }
  if (options.flexible !== undefined && options.flexible !== null && typeof options.flexible !== 'boolean') {
    findings.push(
      error(
        'location.invalid_flexible',
        MANIFEST_FILE,
        `"${where}.flexible" must be true or false, not ${describeType(options.flexible)}.`,
      ),
    )
  }
  findings.push(...urlRules(where, options, pkg), ...objectTypeRules(where, name, options))
  return findings
}

function urlRules(where: string, options: JsonObject, pkg: AppPackage): Finding[] {
  const url = options.url
  if (options.legacy === true || url === LEGACY_URL_STUB) {
    return [
      error(
        'location.legacy_not_allowed',
        MANIFEST_FILE,
        `"${where}" is a framework v1 (legacy) location; a v2 app must point "url" at its own page.`,
      ),
    ]
  }
  if (url === undefined || url === null || url === '') {
    // A location that does not auto-load is opened by the app itself and may omit its url.
    if (options.autoLoad === false) return []
    return [
      error('location.missing_url', MANIFEST_FILE, `"${where}" needs a "url" (e.g. "assets/index.html").`),
    ]
  }
  if (typeof url !== 'string') {
    return [
      error(
        'location.invalid_url',
        MANIFEST_FILE,
        `"${where}.url" must be a string, not ${describeType(url)}.`,
      ),
    ]
  }
  if (url.includes('{{setting.')) return [] // filled in from settings at run time
  const problem = urlProblem(url, pkg)
  return problem === undefined
    ? []
    : [error('location.invalid_url', MANIFEST_FILE, `"${where}.url" ${problem}`)]
}

function urlProblem(url: string, pkg: AppPackage): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      return `"${url}" is not a valid URL.`
    }
    if (parsed.protocol === 'https:' && parsed.hostname !== '') return undefined
    if (parsed.hostname === 'localhost') return undefined // local development with zcli apps:server
    return `"${url}" must use https (plain http is only accepted for localhost).`
  }
  const path = url.split(/[?#]/, 1)[0] ?? ''
  if (!path.startsWith('assets/')) {
    return `"${url}" must be an https URL or a path inside the package starting with "assets/".`
  }
  if (readFileBytes(pkg, path) === undefined)
    return `"${url}" points at ${path}, which is not in the package.`
  return undefined
}

/** `objectTypes` only makes sense on the custom object record sidebar, where it is required. */
function objectTypeRules(where: string, name: string, options: JsonObject): Finding[] {
  const objectTypes = options.objectTypes
  if (objectTypes === undefined || objectTypes === null) {
    if (name !== CUSTOM_OBJECT_SIDEBAR) return []
    return [
      error(
        'location.invalid_object_types',
        MANIFEST_FILE,
        `"${where}" needs "objectTypes": the keys of the custom objects it appears on.`,
      ),
    ]
  }
  if (name !== CUSTOM_OBJECT_SIDEBAR) {
    return [
      error(
        'location.invalid_object_types',
        MANIFEST_FILE,
        `"${where}.objectTypes" is only allowed on ${CUSTOM_OBJECT_SIDEBAR}.`,
      ),
    ]
  }
  const valid =
    Array.isArray(objectTypes) &&
    objectTypes.length > 0 &&
    objectTypes.every((type: unknown) => typeof type === 'string' && type.trim() !== '')
  return valid
    ? []
    : [
        error(
          'location.invalid_object_types',
          MANIFEST_FILE,
          `"${where}.objectTypes" must be a non-empty array of custom object keys.`,
        ),
      ]
}
