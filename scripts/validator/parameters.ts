import { error, warning, type Finding } from './issues'
import { MANIFEST_FILE } from './manifest'
import { describeType, isJsonObject, type JsonObject } from './shapes'

/** `Manifest::Parameter::TYPES` without `mtls`, which Zendesk only accepts behind a feature flag. */
export const PARAMETER_TYPES = ['text', 'checkbox', 'url', 'number', 'multiline', 'hidden', 'oauth'] as const
export const PARAMETER_ATTRIBUTES = [
  'name',
  'type',
  'required',
  'secure',
  'default',
  'scopes',
  'allowed_domain',
]
/** Where Zendesk's proxy may insert a secure setting (`SECURE_PARAM_SCOPES`). */
export const SECURE_SCOPES = [
  'header',
  'body',
  'url',
  'jwt_secret_key',
  'jwt_claim',
  'basic_auth_username',
  'basic_auth_password',
]
const OAUTH_REQUIRED_KEYS = ['client_id', 'client_secret', 'authorize_uri', 'access_token_uri']
/** Names that suggest a credential (`SecureSettings::SECURABLE_KEYWORDS`). */
const SECRET_LIKE_NAME = /token|key|pwd|password/i

/** A parameter as Zendesk reads it: `type` defaults to text, `required`/`secure` to false. */
interface Parameter {
  label: string
  name: unknown
  type: unknown
  raw: JsonObject
}

export function checkParameters(manifest: JsonObject): Finding[] {
  const raw = manifest.parameters
  if (raw === undefined || raw === null) return [...oauthBlockRules(manifest, [])]
  if (!Array.isArray(raw)) {
    return [
      error(
        'parameter.not_array',
        MANIFEST_FILE,
        `"parameters" must be an array of {"name", "type", …} objects, not ${describeType(raw)}.`,
      ),
    ]
  }
  const findings: Finding[] = []
  const parameters: Parameter[] = []
  raw.forEach((entry: unknown, index) => {
    if (!isJsonObject(entry)) {
      findings.push(
        error(
          'parameter.not_object',
          MANIFEST_FILE,
          `parameters[${index}] must be an object, not ${describeType(entry)}.`,
        ),
      )
      return
    }
    const label = typeof entry.name === 'string' ? `Parameter "${entry.name}"` : `parameters[${index}]`
    parameters.push({ label, name: entry.name, type: entry.type ?? 'text', raw: entry })
  })
  for (const parameter of parameters) findings.push(...singleParameterRules(parameter))
  findings.push(
    ...nameRules(parameters),
    ...oauthParameterRules(parameters),
    ...oauthBlockRules(manifest, parameters),
  )
  for (const parameter of parameters) findings.push(...secureSettingWarnings(parameter))
  return findings
}

function singleParameterRules({ label, name, type, raw }: Parameter): Finding[] {
  const findings: Finding[] = []
  if (typeof name !== 'string' || name.trim() === '') {
    findings.push(
      error('parameter.missing_name', MANIFEST_FILE, `${label} needs a "name" (a non-empty string).`),
    )
  }
  if (type === 'password') {
    findings.push(
      error(
        'parameter.password_type',
        MANIFEST_FILE,
        `${label} has type "password", which Zendesk rejects. Use "type": "text" with "secure": true.`,
      ),
    )
  } else if (!(PARAMETER_TYPES as readonly unknown[]).includes(type)) {
    findings.push(
      error(
        'parameter.invalid_type',
        MANIFEST_FILE,
        `${label} has type ${JSON.stringify(type)}; allowed types: ${PARAMETER_TYPES.join(', ')}.`,
      ),
    )
  }
  for (const attribute of Object.keys(raw).filter((key) => !PARAMETER_ATTRIBUTES.includes(key))) {
    const hint =
      attribute === 'label' || attribute === 'helpText'
        ? ' Labels and help texts go in translations/*.json.'
        : ''
    findings.push(
      error(
        'parameter.unknown_attribute',
        MANIFEST_FILE,
        `${label} has unknown attribute "${attribute}"; allowed: ${PARAMETER_ATTRIBUTES.join(', ')}.${hint}`,
      ),
    )
  }
  for (const flag of ['required', 'secure'] as const) {
    if (raw[flag] !== undefined && typeof raw[flag] !== 'boolean') {
      findings.push(
        error(
          'parameter.not_boolean',
          MANIFEST_FILE,
          `${label}: "${flag}" must be true or false, not ${describeType(raw[flag])}.`,
        ),
      )
    }
  }
  if (type === 'hidden' && raw.required === true) {
    findings.push(
      error(
        'parameter.hidden_required',
        MANIFEST_FILE,
        `${label} is hidden and required; admins cannot fill in a hidden setting, so drop "required".`,
      ),
    )
  }
  findings.push(...scopeRules(label, raw))
  return findings
}

function scopeRules(label: string, raw: JsonObject): Finding[] {
  const scopes = raw.scopes
  if (scopes === undefined || scopes === null) return []
  const findings: Finding[] = []
  if (raw.secure !== true) {
    findings.push(
      error('parameter.invalid_scopes', MANIFEST_FILE, `${label} has "scopes" but is not "secure": true.`),
    )
  }
  if (!Array.isArray(scopes) || scopes.length === 0) {
    findings.push(
      error(
        'parameter.invalid_scopes',
        MANIFEST_FILE,
        `${label}: "scopes" must be a non-empty array of: ${SECURE_SCOPES.join(', ')}.`,
      ),
    )
    return findings
  }
  const unknown = scopes.filter(
    (scope: unknown) => typeof scope !== 'string' || !SECURE_SCOPES.includes(scope),
  )
  if (unknown.length > 0) {
    findings.push(
      error(
        'parameter.invalid_scopes',
        MANIFEST_FILE,
        `${label}: unknown scopes ${unknown.map((s) => JSON.stringify(s)).join(', ')}; allowed: ${SECURE_SCOPES.join(', ')}.`,
      ),
    )
  }
  return findings
}

function nameRules(parameters: readonly Parameter[]): Finding[] {
  const findings: Finding[] = []
  const names = parameters.map((p) => p.name).filter((name): name is string => typeof name === 'string')
  const duplicates = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))]
  for (const name of duplicates) {
    findings.push(
      error(
        'parameter.duplicate_name',
        MANIFEST_FILE,
        `Parameter name "${name}" is used more than once; names must be unique.`,
      ),
    )
  }
  if (names.includes('name')) {
    findings.push(
      error(
        'parameter.reserved_name',
        MANIFEST_FILE,
        'A parameter may not be called "name": Zendesk uses it for the installation\'s own name.',
      ),
    )
  }
  return findings
}

function oauthParameterRules(parameters: readonly Parameter[]): Finding[] {
  const oauthParameters = parameters.filter((p) => p.type === 'oauth')
  const findings: Finding[] = []
  if (oauthParameters.length > 1) {
    findings.push(
      error(
        'parameter.too_many_oauth',
        MANIFEST_FILE,
        `Only one parameter may have type "oauth"; found ${oauthParameters.length}.`,
      ),
    )
  }
  for (const parameter of oauthParameters.filter((p) => p.raw.secure === true)) {
    findings.push(
      error(
        'parameter.oauth_secure',
        MANIFEST_FILE,
        `${parameter.label} has type "oauth" and cannot be "secure": Zendesk stores the OAuth token itself.`,
      ),
    )
  }
  return findings
}

function oauthBlockRules(manifest: JsonObject, parameters: readonly Parameter[]): Finding[] {
  const oauth = manifest.oauth
  if (!isJsonObject(oauth)) return [] // absent, or reported as a wrong type by the manifest rules
  const findings: Finding[] = []
  const missing = OAUTH_REQUIRED_KEYS.filter((key) => typeof oauth[key] !== 'string' || oauth[key] === '')
  if (missing.length > 0) {
    findings.push(
      error('oauth.missing_key', MANIFEST_FILE, `The "oauth" block is missing: ${missing.join(', ')}.`),
    )
  }
  if (!parameters.some((p) => p.type === 'oauth')) {
    findings.push(
      error(
        'oauth.missing_parameter',
        MANIFEST_FILE,
        'The manifest has an "oauth" block but no parameter with "type": "oauth" to hold the token.',
      ),
    )
  }
  return findings
}

function secureSettingWarnings({ label, name, type, raw }: Parameter): Finding[] {
  const findings: Finding[] = []
  const secure = raw.secure === true
  if (typeof name === 'string' && SECRET_LIKE_NAME.test(name) && type === 'text' && !secure) {
    findings.push(
      warning(
        'parameter.insecure_secret',
        MANIFEST_FILE,
        `${label} looks like a credential but is not "secure": true, so its value reaches the browser.`,
      ),
    )
  }
  if ((secure || type === 'hidden') && 'default' in raw) {
    findings.push(
      warning(
        'parameter.secret_with_default',
        MANIFEST_FILE,
        `${label} is ${secure ? 'secure' : 'hidden'} and has a "default", which ships in the package for anyone to read.`,
      ),
    )
  }
  if (secure && (!Array.isArray(raw.scopes) || raw.scopes.length === 0)) {
    findings.push(
      warning(
        'parameter.secure_without_scopes',
        MANIFEST_FILE,
        `${label} is secure but has no "scopes"; list where it may be used (e.g. ["header"]) to limit its exposure.`,
      ),
    )
  }
  return findings
}
