/**
 * What the validator reports. Codes are stable identifiers (tests and CI greps rely on them); the
 * messages are for people and may be reworded. Each code mirrors one rule of Zendesk's package
 * validation: the `zendesk_apps_support` gem's `lib/zendesk_apps_support/validations/*.rb`.
 */
export type IssueCode =
  // manifest.json itself
  | 'manifest.invalid_json'
  | 'manifest.not_object'
  | 'manifest.unknown_key'
  | 'manifest.missing_key'
  | 'manifest.not_boolean'
  | 'manifest.not_string'
  | 'manifest.not_object_value'
  | 'manifest.invalid_url'
  | 'manifest.invalid_framework_version'
  | 'manifest.invalid_default_locale'
  | 'manifest.invalid_domain_whitelist'
  | 'manifest.not_allowed_for_app_kind'
  | 'manifest.no_template_deprecated'
  // parameters and oauth
  | 'parameter.not_array'
  | 'parameter.not_object'
  | 'parameter.missing_name'
  | 'parameter.duplicate_name'
  | 'parameter.reserved_name'
  | 'parameter.invalid_type'
  | 'parameter.password_type'
  | 'parameter.unknown_attribute'
  | 'parameter.not_boolean'
  | 'parameter.hidden_required'
  | 'parameter.too_many_oauth'
  | 'parameter.oauth_secure'
  | 'parameter.invalid_scopes'
  | 'parameter.insecure_secret'
  | 'parameter.secret_with_default'
  | 'parameter.secure_without_scopes'
  | 'oauth.missing_key'
  | 'oauth.missing_parameter'
  // locations
  | 'location.not_object'
  | 'location.empty'
  | 'location.unknown_product'
  | 'location.unknown_location'
  | 'location.invalid_options'
  | 'location.unknown_option'
  | 'location.invalid_flexible'
  | 'location.missing_url'
  | 'location.invalid_url'
  | 'location.legacy_not_allowed'
  | 'location.invalid_object_types'
  | 'location.missing_icon'
  | 'location.invalid_icon'
  // translations
  | 'translation.missing_default_locale_file'
  | 'translation.invalid_file_name'
  | 'translation.invalid_json'
  | 'translation.not_object'
  | 'translation.missing_required_key'
  | 'translation.missing_parameter_label'
  | 'translation.invalid_parameter_entry'
  // files and logos
  | 'files.missing_required'
  | 'files.blocked_type'
  | 'files.symlink'
  | 'files.insecure_http'
  | 'logo.invalid_png'
  | 'logo.wrong_size'
  // requirements.json
  | 'requirements.invalid_json'
  | 'requirements.not_object'
  | 'requirements.missing'
  | 'requirements.not_supported'
  | 'requirements.unknown_type'
  | 'requirements.invalid_group'
  | 'requirements.invalid_resource'
  | 'requirements.too_many'
  | 'requirements.too_many_custom_objects'
  | 'requirements.missing_title'
  | 'requirements.missing_field_key'
  | 'requirements.webhook_missing_field'
  | 'requirements.retired_target_type'
  | 'requirements.channel_integration'
  | 'requirements.custom_objects_missing_field'
  | 'requirements.cov2_invalid_structure'
  | 'requirements.cov2_too_many_objects'
  | 'requirements.cov2_too_many_fields'
  | 'requirements.cov2_too_many_triggers'
  | 'requirements.cov2_missing_key'
  | 'requirements.cov2_invalid_trigger'
  | 'requirements.cov2_unknown_object'
  | 'requirements.cov2_setting_placeholder'

export type Severity = 'error' | 'warning'

export interface Issue {
  code: IssueCode
  /** The file the issue concerns, relative to the package root (e.g. `manifest.json`). */
  file: string
  message: string
}

export interface Finding extends Issue {
  severity: Severity
}

export interface ValidationResult {
  errors: Issue[]
  warnings: Issue[]
}

export function error(code: IssueCode, file: string, message: string): Finding {
  return { severity: 'error', code, file, message }
}

export function warning(code: IssueCode, file: string, message: string): Finding {
  return { severity: 'warning', code, file, message }
}

export function splitBySeverity(findings: readonly Finding[]): ValidationResult {
  const toIssue = ({ code, file, message }: Finding): Issue => ({ code, file, message })
  return {
    errors: findings.filter((f) => f.severity === 'error').map(toIssue),
    warnings: findings.filter((f) => f.severity === 'warning').map(toIssue),
  }
}
