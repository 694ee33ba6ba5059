/** The incident date as the customer writes dates, in their zone. */
import type { LangCode } from '../../detect/lexicon/types'

/**
 * pt is written as Brazilian Portuguese. English uses the day-month order ("5 March 2026"): read the same
 * everywhere, and it needs no comma after the year in the middle of a sentence as "March 5, 2026," does.
 */
const LOCALE: Readonly<Record<LangCode, string>> = {
  en: 'en-GB',
  de: 'de',
  es: 'es',
  fr: 'fr',
  pt: 'pt-BR',
  nb: 'nb',
  ja: 'ja',
  ko: 'ko',
  th: 'th',
}

const FIRST_OF_MONTH: Partial<Readonly<Record<LangCode, string>>> = { fr: '1er', pt: '1º' }

function formatterFor(lang: LangCode, timeZone: string): Intl.DateTimeFormat {
  const options = { day: 'numeric', month: 'long', year: 'numeric' } as const
  try {
    return new Intl.DateTimeFormat(LOCALE[lang], { ...options, timeZone })
  } catch {
    // An unknown zone name must not lose the draft: the date is still right to the day in most cases.
    return new Intl.DateTimeFormat(LOCALE[lang], { ...options, timeZone: 'UTC' })
  }
}

/**
 * "5 March 2024", "5. März 2024", "2024年3月5日", "5 มีนาคม 2567" (Thai dates count Buddhist-era years).
 * French and Brazilian Portuguese write the first of the month as an ordinal ("1er mars", "1º de março"),
 * which Intl does not. null when unknown.
 */
export function formatIncidentDate(at: string | null, lang: LangCode, timeZone = 'UTC'): string | null {
  if (at === null) return null
  const time = Date.parse(at)
  if (Number.isNaN(time)) return null
  const parts = formatterFor(lang, timeZone).formatToParts(new Date(time))
  return parts
    .map((part) => (part.type === 'day' && part.value === '1' ? (FIRST_OF_MONTH[lang] ?? '1') : part.value))
    .join('')
}
