/**
 * Zendesk's numeric locale ids (`locale_id` on users, `default_locale_id` and `locale_id` in dynamic content).
 * Where the numbers come from:
 *  - en-US 1, de 8: Zendesk's Locales API examples (developer.zendesk.com, "List Locales"; the Ticketing
 *    OpenAPI `LocalesResponseExample`); fr 16, es 2: the OpenAPI `DynamicContentResponseExample` variants.
 *  - pt-BR 19, no 34, ja 67, ko 69, th 81 (and the four above again): the locale-id map bundled in a public
 *    build of Zendesk's Web Widget (`"pt-br": 19, no: 34, ja: 67, ko: 69, th: 81`); ja 67 and th 81 also in
 *    honestbee/Zen, copied from an account's `/api/v2/locales.json`.
 * Zendesk calls Norwegian Bokmål "no"; the app and the seed say "nb", so both names map to 34.
 */
const LOCALE_IDS: Readonly<Record<string, number>> = {
  'en-US': 1,
  es: 2,
  de: 8,
  fr: 16,
  'pt-BR': 19,
  no: 34,
  nb: 34,
  ja: 67,
  ko: 69,
  th: 81,
}

export const DEFAULT_LOCALE_ID = 1

/** The languages the fake account has (`GET /api/v2/locales`): the nine the seed's people write in. */
export const ACCOUNT_LOCALES: ReadonlyArray<{ id: number; locale: string; name: string }> = [
  { id: 1, locale: 'en-US', name: 'English' },
  { id: 2, locale: 'es', name: 'Español' },
  { id: 8, locale: 'de', name: 'Deutsch' },
  { id: 16, locale: 'fr', name: 'Français' },
  { id: 19, locale: 'pt-BR', name: 'Português (Brasil)' },
  { id: 34, locale: 'no', name: 'Norsk' },
  { id: 67, locale: 'ja', name: '日本語' },
  { id: 69, locale: 'ko', name: '한국어' },
  { id: 81, locale: 'th', name: 'ไทย' },
]

/** The id of a locale the account has; unknown locales fall back to English (the account's default). */
export function localeIdFor(locale: string): number {
  return LOCALE_IDS[locale] ?? LOCALE_IDS[locale.toLowerCase()] ?? DEFAULT_LOCALE_ID
}

/** Whether a numeric locale id is one of the account's languages (dynamic content variants must be). */
export function isAccountLocaleId(id: number): boolean {
  return Object.values(LOCALE_IDS).includes(id)
}
