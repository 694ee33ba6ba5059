import type { LangCode } from './lexicon/types'

const KNOWN: ReadonlySet<string> = new Set(['en', 'de', 'es', 'fr', 'pt', 'nb', 'ja', 'ko', 'th'])

/** "pt-BR" → pt, "no"/"nn"/"nb-NO" → nb; unknown → null (then no language is preferred). */
export function langOfLocale(locale: string | null | undefined): LangCode | null {
  const lower = (locale ?? '').toLowerCase()
  let end = 0
  while (end < lower.length && lower[end] !== '-' && lower[end] !== '_') end++
  const primary = lower.slice(0, end)
  const lang = primary === 'no' || primary === 'nn' ? 'nb' : primary
  return KNOWN.has(lang) ? (lang as LangCode) : null
}
