import { error, type Finding } from './issues'
import { isPrivateApp, LOCALE_PATTERN } from './manifest'
import { readFileText, type AppPackage } from './package-content'
import { describeType, isJsonObject, parseJson, type JsonObject } from './shapes'

const TRANSLATIONS_DIR = 'translations/'
/** `app` may hold one block per product instead of top-level strings (the gem's product-keyed form). */
const PRODUCT_KEYS = ['support', 'chat', 'standalone_chat', 'sell']
const PUBLIC_APP_KEYS = ['name', 'short_description', 'long_description', 'installation_instructions']

interface TranslationFile {
  path: string
  json: JsonObject
}

/**
 * Translation rules. `manifest` is undefined when manifest.json is unusable; the per-file rules
 * still run, the ones that need the manifest (default locale, parameter labels) do not.
 */
export function checkTranslations(pkg: AppPackage, manifest: JsonObject | undefined): Finding[] {
  const findings: Finding[] = []
  const parsed: TranslationFile[] = []
  for (const path of [...pkg.entries.keys()].filter((p) => p.startsWith(TRANSLATIONS_DIR)).sort()) {
    const result = readTranslationFile(pkg, path)
    if ('json' in result) {
      parsed.push(result)
      findings.push(...parameterEntryShape(result))
    } else {
      findings.push(...result.findings)
    }
  }
  if (manifest === undefined) return findings

  const defaultLocale = typeof manifest.defaultLocale === 'string' ? manifest.defaultLocale : undefined
  if (defaultLocale !== undefined && LOCALE_PATTERN.test(defaultLocale)) {
    const defaultPath = `${TRANSLATIONS_DIR}${defaultLocale}.json`
    const defaultFile = parsed.find((file) => file.path === defaultPath)
    if (!pkg.entries.has(defaultPath)) {
      findings.push(
        error(
          'translation.missing_default_locale_file',
          defaultPath,
          `The manifest's defaultLocale is "${defaultLocale}" but ${defaultPath} does not exist.`,
        ),
      )
    }
    if (defaultFile !== undefined) findings.push(...parameterLabels(defaultFile, manifest))
  }
  // Zendesk checks the listing strings in en.json; the default locale file must carry them too.
  const listingPaths = new Set([
    `${TRANSLATIONS_DIR}en.json`,
    `${TRANSLATIONS_DIR}${defaultLocale ?? 'en'}.json`,
  ])
  for (const file of parsed.filter((f) => listingPaths.has(f.path))) {
    findings.push(...requiredAppKeys(file, isPrivateApp(manifest)))
  }
  return findings
}

function readTranslationFile(pkg: AppPackage, path: string): TranslationFile | { findings: Finding[] } {
  const fileName = path.slice(TRANSLATIONS_DIR.length)
  const locale = fileName.replace(/\.json$/, '')
  if (!fileName.endsWith('.json') || !LOCALE_PATTERN.test(locale)) {
    return {
      findings: [
        error(
          'translation.invalid_file_name',
          path,
          `Translation files must be named <locale>.json with a locale like "en" or "pt-br"; "${fileName}" is not.`,
        ),
      ],
    }
  }
  const text = readFileText(pkg, path)
  if (text === undefined) return { findings: [] } // a symlink: the files rule reports it
  const parsed = parseJson(text)
  if (!parsed.ok) {
    return {
      findings: [error('translation.invalid_json', path, `${path} is not valid JSON: ${parsed.reason}.`)],
    }
  }
  if (!isJsonObject(parsed.value)) {
    return {
      findings: [
        error(
          'translation.not_object',
          path,
          `${path} must hold a JSON object, not ${describeType(parsed.value)}.`,
        ),
      ],
    }
  }
  return { path, json: parsed.value }
}

function appSection(file: TranslationFile): JsonObject | undefined {
  return isJsonObject(file.json.app) ? file.json.app : undefined
}

function requiredAppKeys(file: TranslationFile, privateApp: boolean): Finding[] {
  const app = appSection(file) ?? {}
  const required = privateApp ? ['name'] : PUBLIC_APP_KEYS
  const productBlocks = PRODUCT_KEYS.filter((product) => isJsonObject(app[product]))
  const blocks: Array<[string, JsonObject]> =
    productBlocks.length > 0 ? productBlocks.map((p) => [`app.${p}`, app[p] as JsonObject]) : [['app', app]]
  const findings: Finding[] = []
  for (const [prefix, block] of blocks) {
    // `description` is the older name of `short_description`.
    const present = new Set(
      Object.keys(block).map((key) => (key === 'description' ? 'short_description' : key)),
    )
    const missing = required.filter((key) => !present.has(key))
    if (missing.length === 0) continue
    const why = privateApp ? '' : ' (required for apps that are not private)'
    findings.push(
      error(
        'translation.missing_required_key',
        file.path,
        `${file.path} is missing ${missing.map((key) => `"${prefix}.${key}"`).join(', ')}${why}.`,
      ),
    )
  }
  return findings
}

/** Every `app.parameters.<name>` must be an object with a `label` (Zendesk shows it in the settings form). */
function parameterEntryShape(file: TranslationFile): Finding[] {
  const parameters = appSection(file)?.parameters
  if (parameters === undefined) return []
  if (!isJsonObject(parameters)) {
    return [
      error(
        'translation.invalid_parameter_entry',
        file.path,
        `"app.parameters" must map parameter names to {"label": …}, not ${describeType(parameters)}.`,
      ),
    ]
  }
  return Object.entries(parameters)
    .filter(([, entry]) => !isJsonObject(entry) || !('label' in entry))
    .map(([name]) =>
      error(
        'translation.invalid_parameter_entry',
        file.path,
        `"app.parameters.${name}" must be an object with a "label" (and optionally "helpText").`,
      ),
    )
}

function parameterLabels(file: TranslationFile, manifest: JsonObject): Finding[] {
  const declared = Array.isArray(manifest.parameters) ? manifest.parameters : []
  const names = declared
    .map((parameter: unknown) => (isJsonObject(parameter) ? parameter.name : undefined))
    .filter((name): name is string => typeof name === 'string' && name !== '')
  const parameters = appSection(file)?.parameters
  const translated = isJsonObject(parameters) ? parameters : {}
  return names
    .filter((name) => {
      const entry = translated[name]
      if (entry === undefined) return true
      if (!isJsonObject(entry) || !('label' in entry)) return false // parameterEntryShape reports it
      return typeof entry.label !== 'string' || entry.label.trim() === ''
    })
    .map((name) =>
      error(
        'translation.missing_parameter_label',
        file.path,
        `Parameter "${name}" has no label: add "app.parameters.${name}.label" (a string) to ${file.path}.`,
      ),
    )
}
