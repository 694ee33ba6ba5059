import { error, type Finding } from './issues'
import { readFileText, type AppPackage } from './package-content'
import { describeType, isHttpUrl, isJsonObject, isStringArray, parseJson, type JsonObject } from './shapes'

export const MANIFEST_FILE = 'manifest.json'

/** Top-level keys Zendesk accepts (the gem's `Manifest::RUBY_TO_JSON`). */
export const MANIFEST_KEYS = [
  'name',
  'author',
  'defaultLocale',
  'private',
  'location',
  'version',
  'frameworkVersion',
  'singleInstall',
  'signedUrls',
  'noTemplate',
  'requirementsOnly',
  'marketingOnly',
  'experiments',
  'oauth',
  'parameters',
  'domainWhitelist',
  'remoteInstallationURL',
  'termsConditionsURL',
  'gaID',
] as const

/** `AppVersion::TO_BE_SERVED`: the only framework version Zendesk still serves. */
export const SUPPORTED_FRAMEWORK_VERSIONS = ['2.0']

/** The gem's `Translations::VALID_LOCALE`, shared by `defaultLocale` and translation file names. */
export const LOCALE_PATTERN = /^[a-z]{2,3}(-\w{2,3})?$/

const BOOLEAN_KEYS = ['private', 'singleInstall', 'signedUrls', 'requirementsOnly', 'marketingOnly'] as const
const STRING_KEYS = [
  'name',
  'defaultLocale',
  'version',
  'frameworkVersion',
  'remoteInstallationURL',
  'termsConditionsURL',
  'gaID',
] as const

export type ManifestLoad = { ok: true; manifest: JsonObject } | { ok: false; findings: Finding[] }

/** Parses manifest.json. A missing file is reported by the required-files rule, so it adds nothing here. */
export function loadManifest(pkg: AppPackage): ManifestLoad {
  const text = readFileText(pkg, MANIFEST_FILE)
  if (text === undefined) return { ok: false, findings: [] }
  const parsed = parseJson(text)
  if (!parsed.ok) {
    return {
      ok: false,
      findings: [
        error('manifest.invalid_json', MANIFEST_FILE, `manifest.json is not valid JSON: ${parsed.reason}.`),
      ],
    }
  }
  if (!isJsonObject(parsed.value)) {
    const found = describeType(parsed.value)
    return {
      ok: false,
      findings: [
        error('manifest.not_object', MANIFEST_FILE, `manifest.json must hold a JSON object, not ${found}.`),
      ],
    }
  }
  return { ok: true, manifest: parsed.value }
}

/** Apps that ship no UI: only install-time resources, or only a Marketplace listing. */
export function isUiLessApp(manifest: JsonObject): boolean {
  return manifest.requirementsOnly === true || manifest.marketingOnly === true
}

/** Zendesk treats an app as private unless the manifest says `"private": false`. */
export function isPrivateApp(manifest: JsonObject): boolean {
  return manifest.private !== false
}

export function checkManifest(manifest: JsonObject): Finding[] {
  return [
    ...unknownKeys(manifest),
    ...missingKeys(manifest),
    ...authorRules(manifest),
    ...valueTypes(manifest),
    ...frameworkVersionRules(manifest),
    ...defaultLocaleFormat(manifest),
    ...urlRules(manifest),
    ...uiLessAppRules(manifest),
  ]
}

function unknownKeys(manifest: JsonObject): Finding[] {
  const known = new Set<string>(MANIFEST_KEYS)
  return Object.keys(manifest)
    .filter((key) => !known.has(key))
    .map((key) =>
      error(
        'manifest.unknown_key',
        MANIFEST_FILE,
        `Unknown top-level key "${key}". Zendesk accepts only: ${MANIFEST_KEYS.join(', ')}.`,
      ),
    )
}

function missingKeys(manifest: JsonObject): Finding[] {
  const required = isUiLessApp(manifest)
    ? ['author', 'defaultLocale']
    : ['author', 'defaultLocale', 'location', 'frameworkVersion']
  return required
    .filter((key) => manifest[key] === undefined || manifest[key] === null)
    .map((key) => error('manifest.missing_key', MANIFEST_FILE, `Required key "${key}" is missing.`))
}

function authorRules(manifest: JsonObject): Finding[] {
  const author = manifest.author
  if (author === undefined || author === null) return [] // reported as a missing key
  if (!isJsonObject(author)) {
    return [
      error(
        'manifest.not_object_value',
        MANIFEST_FILE,
        `"author" must be an object like {"name": …, "email": …, "url": …}, not ${describeType(author)}.`,
      ),
    ]
  }
  const findings: Finding[] = []
  for (const field of ['name', 'email'] as const) {
    if (author[field] === undefined || author[field] === null || author[field] === '') {
      findings.push(
        error('manifest.missing_key', MANIFEST_FILE, `Required key "author.${field}" is missing.`),
      )
    }
  }
  for (const field of ['name', 'email', 'url'] as const) {
    const value = author[field]
    if (value !== undefined && value !== null && typeof value !== 'string') {
      findings.push(
        error(
          'manifest.not_string',
          MANIFEST_FILE,
          `"author.${field}" must be a string, not ${describeType(value)}.`,
        ),
      )
    }
  }
  if (typeof author.url === 'string' && !isHttpUrl(author.url)) {
    findings.push(
      error(
        'manifest.invalid_url',
        MANIFEST_FILE,
        `"author.url" must be an absolute http(s) URL such as https://example.com, not "${author.url}".`,
      ),
    )
  }
  return findings
}

function valueTypes(manifest: JsonObject): Finding[] {
  const findings: Finding[] = []
  for (const key of BOOLEAN_KEYS) {
    const value = manifest[key]
    if (value !== undefined && typeof value !== 'boolean') {
      findings.push(
        error(
          'manifest.not_boolean',
          MANIFEST_FILE,
          `"${key}" must be true or false, not ${describeType(value)}.`,
        ),
      )
    }
  }
  for (const key of STRING_KEYS) {
    const value = manifest[key]
    if (value !== undefined && value !== null && typeof value !== 'string') {
      findings.push(
        error('manifest.not_string', MANIFEST_FILE, `"${key}" must be a string, not ${describeType(value)}.`),
      )
    }
  }
  for (const key of ['experiments', 'oauth'] as const) {
    const value = manifest[key]
    if (value !== undefined && value !== null && !isJsonObject(value)) {
      findings.push(
        error(
          'manifest.not_object_value',
          MANIFEST_FILE,
          `"${key}" must be an object, not ${describeType(value)}.`,
        ),
      )
    }
  }
  const whitelist = manifest.domainWhitelist
  if (whitelist !== undefined && whitelist !== null && !isStringArray(whitelist)) {
    findings.push(
      error(
        'manifest.invalid_domain_whitelist',
        MANIFEST_FILE,
        `"domainWhitelist" must be an array of domain strings, e.g. ["api.example.com"], not ${describeType(whitelist)}.`,
      ),
    )
  }
  return findings
}

function frameworkVersionRules(manifest: JsonObject): Finding[] {
  const version = manifest.frameworkVersion
  if (isUiLessApp(manifest) || version === undefined || version === null) return []
  if (typeof version === 'string' && SUPPORTED_FRAMEWORK_VERSIONS.includes(version)) return []
  return [
    error(
      'manifest.invalid_framework_version',
      MANIFEST_FILE,
      `"frameworkVersion" is ${JSON.stringify(version)}; Zendesk only serves ${SUPPORTED_FRAMEWORK_VERSIONS.map((v) => `"${v}"`).join(', ')} (a string).`,
    ),
  ]
}

function defaultLocaleFormat(manifest: JsonObject): Finding[] {
  const locale = manifest.defaultLocale
  if (typeof locale !== 'string' || LOCALE_PATTERN.test(locale)) return []
  return [
    error(
      'manifest.invalid_default_locale',
      MANIFEST_FILE,
      `"defaultLocale" "${locale}" is not a locale code like "en" or "pt-br".`,
    ),
  ]
}

function urlRules(manifest: JsonObject): Finding[] {
  const url = manifest.termsConditionsURL
  if (typeof url !== 'string' || isHttpUrl(url)) return []
  return [
    error(
      'manifest.invalid_url',
      MANIFEST_FILE,
      `"termsConditionsURL" must be an absolute http(s) URL, not "${url}".`,
    ),
  ]
}

/** Requirements-only and marketing-only apps have no iframe, so UI keys make no sense there. */
function uiLessAppRules(manifest: JsonObject): Finding[] {
  const findings: Finding[] = []
  const kind = manifest.requirementsOnly === true ? 'requirementsOnly' : 'marketingOnly'
  if (isUiLessApp(manifest)) {
    for (const key of ['location', 'frameworkVersion'] as const) {
      if (manifest[key] !== undefined && manifest[key] !== null) {
        findings.push(
          error(
            'manifest.not_allowed_for_app_kind',
            MANIFEST_FILE,
            `A ${kind} app must not declare "${key}".`,
          ),
        )
      }
    }
  }
  if (manifest.marketingOnly === true) {
    if (Array.isArray(manifest.parameters) && manifest.parameters.length > 0) {
      findings.push(
        error(
          'manifest.not_allowed_for_app_kind',
          MANIFEST_FILE,
          'A marketingOnly app must not declare "parameters".',
        ),
      )
    }
    if (isPrivateApp(manifest)) {
      findings.push(
        error(
          'manifest.not_allowed_for_app_kind',
          MANIFEST_FILE,
          'A marketingOnly app cannot be private: set "private": false.',
        ),
      )
    }
  } else if (!isUiLessApp(manifest) && manifest.noTemplate !== undefined && manifest.noTemplate !== false) {
    // noTemplate belonged to framework v1 apps; v2 apps render their own iframe page.
    findings.push(
      error(
        'manifest.no_template_deprecated',
        MANIFEST_FILE,
        '"noTemplate" is a framework v1 setting; remove it (v2 apps always load their own HTML page).',
      ),
    )
  }
  return findings
}
