import type { ZafDateFormat } from './zaf/zaf-objects'

/** The harness's own knobs: agent locale, the installation's settings JSON, colour scheme, ZAF date format. */
export interface HostSettings {
  locale: string
  /** Raw JSON text, kept as typed so invalid settings can be tried. */
  settingsJson: string
  colorScheme: 'light' | 'dark'
  dateFormat: ZafDateFormat
}

export const AGENT_LOCALES = ['en-US', 'ja', 'ko', 'th', 'nb', 'de', 'es', 'fr', 'pt-BR'] as const

const STORAGE_KEY = 'turnaround-harness-settings'
const DEFAULT_SETTINGS_JSON = JSON.stringify(
  { detection_sensitivity: 'normal', reply_sla_minutes: 240 },
  null,
  2,
)

/** URL parameters win (tests and shared links), then what the agent last chose, then defaults. */
export function loadHostSettings(params: URLSearchParams): HostSettings {
  let stored: Partial<HostSettings> = {}
  try {
    stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<HostSettings>
  } catch {
    stored = {}
  }
  const localeParam = params.get('locale')
  const locale = localeParam === 'en' ? 'en-US' : localeParam
  return {
    locale: locale ?? stored.locale ?? 'en-US',
    settingsJson: params.get('settings') ?? stored.settingsJson ?? DEFAULT_SETTINGS_JSON,
    colorScheme: (params.get('colorScheme') ?? stored.colorScheme) === 'dark' ? 'dark' : 'light',
    dateFormat: (params.get('zafDates') ?? stored.dateFormat) === 'iso' ? 'iso' : 'date-string',
  }
}

export function saveHostSettings(settings: HostSettings): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(settings))
}

/** The settings object sent in `metadata.settings`; null when the JSON does not parse. */
export function parseSettingsJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}
