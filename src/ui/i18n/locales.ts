/** The languages the sidebar speaks, by translations/<file>.json name. English is the fallback. */
export const SUPPORTED_LOCALES = ['en', 'ja', 'ko', 'th', 'nb', 'de', 'es', 'fr', 'pt'] as const
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number]

const ALIASES: Record<string, SupportedLocale> = {
  no: 'nb',
  nn: 'nb',
  'pt-br': 'pt',
  'pt-pt': 'pt',
}

/** Maps a helpdesk locale ("pt-BR", "en-US", "no", "ja") to the translation file we ship. */
export function resolveLocale(locale: string | null | undefined): SupportedLocale {
  const normalised = (locale ?? '').trim().toLowerCase().replace('_', '-')
  const alias = ALIASES[normalised]
  if (alias) return alias
  const language = normalised.split('-')[0] ?? ''
  const aliasOfLanguage = ALIASES[language]
  if (aliasOfLanguage) return aliasOfLanguage
  return (SUPPORTED_LOCALES as readonly string[]).includes(language) ? (language as SupportedLocale) : 'en'
}
